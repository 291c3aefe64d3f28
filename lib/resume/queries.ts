import "server-only";
import { db } from "@/lib/db";
import { AnalysisSchema } from "@/lib/resume/schema";

const VERSION_FIELDS = {
  id: true,
  version: true,
  filename: true,
  originalFilename: true,
  fileType: true,
  fileSize: true,
  analysisScore: true,
  isActive: true,
  uploadedAt: true,
} as const;

/** The user's resume versions, newest first. */
export async function listResumes(userId: string) {
  return db().resumeUpload.findMany({
    where: { userId },
    orderBy: { version: "desc" },
    take: 100,
    select: VERSION_FIELDS,
  });
}
export type ResumeVersion = Awaited<ReturnType<typeof listResumes>>[number];

/** One version with its analysis, or null when it is not this user's. */
export async function getResume(userId: string, id: string) {
  const row = await db().resumeUpload.findFirst({
    where: { id, userId },
    select: { ...VERSION_FIELDS, jobDescription: true, suggestions: true },
  });
  if (!row) return null;
  const { suggestions, ...rest } = row;
  // A row from an older analysis format shows without its analysis rather than failing the page.
  return { ...rest, analysis: AnalysisSchema.safeParse(suggestions).data ?? null };
}
export type ResumeView = NonNullable<Awaited<ReturnType<typeof getResume>>>;
