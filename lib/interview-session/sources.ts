import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import type { QuestionDocument } from "@/lib/ai/types";
import { readJobDescription, readResume } from "@/lib/ai/local/documents";

// Where a session's questions come from besides the bank: a pasted job
// description or the user's active resume. Both are read here, before any
// provider runs, so an unusable document gets its message whichever engine answers.

export type QuestionSource = { jobDescription?: string; fromResume?: boolean };

/** The user's active resume text, or null when they have none with text. */
async function activeResumeText(userId: string): Promise<string | null> {
  const row = await db().resumeUpload.findFirst({
    where: { userId, isActive: true },
    orderBy: { version: "desc" },
    select: { textContent: true },
  });
  const text = row?.textContent?.trim();
  return text ? text : null;
}

/** The document to ask about, or undefined for the bank; an unusable one is refused with its reason. */
export async function questionDocument(userId: string, source: QuestionSource): Promise<QuestionDocument | undefined> {
  if (source.fromResume) {
    const text = await activeResumeText(userId);
    if (!text) {
      const message = "You have no active resume to ask about. Upload one on the Resume page, or choose another source of questions.";
      throw new InvalidInputError(message, { fromResume: [message] });
    }
    const read = readResume(text);
    if (!read.ok) throw new InvalidInputError(read.problem, { fromResume: [read.problem] });
    return { kind: "resume", reading: read.reading };
  }
  if (source.jobDescription !== undefined) {
    if (source.jobDescription.trim() === "") {
      const message = "Paste the job description to build the questions from.";
      throw new InvalidInputError(message, { jobDescription: [message] });
    }
    const read = readJobDescription(source.jobDescription);
    if (!read.ok) throw new InvalidInputError(read.problem, { jobDescription: [read.problem] });
    return { kind: "job", reading: read.reading };
  }
  return undefined;
}

/** Whether the user has a resume the "From my resume" source can use. */
export async function hasActiveResume(userId: string): Promise<boolean> {
  return (await activeResumeText(userId)) !== null;
}
