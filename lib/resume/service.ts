import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/prisma/generated/client/client";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { storage, userPrefix } from "@/lib/storage";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { failureReason } from "@/lib/ai";
import { analyzeResume } from "@/lib/resume/analyze";
import { checkResumeFile, extractResumeText } from "@/lib/resume/extract";
import { reviewResume } from "@/lib/resume/ai-review";
import { AnalysisSchema, MAX_RESUME_BYTES, MAX_RESUME_LABEL, type Analysis } from "@/lib/resume/schema";

type Tx = Prisma.TransactionClient;

/** Serialises a user's version numbering and active switching: concurrent uploads never share a version. */
async function lockUser(tx: Tx, userId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "user" WHERE id = ${userId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("Your account no longer exists");
}

/** The local analysis plus, with an AI provider configured, an AI review; a failed review is recorded, never replaced by local text. */
async function analyse(text: string, pages: number | null, jobDescription: string | undefined): Promise<Analysis> {
  const analysis = analyzeResume({ text, pages, jobDescription });
  try {
    const review = await reviewResume(text, jobDescription);
    return review ? { ...analysis, aiReview: review } : analysis;
  } catch (error) {
    const reason = failureReason(error);
    logger.warn({ reason }, "AI resume review failed; showing the local analysis only");
    return { ...analysis, aiFailure: reason };
  }
}

function cleanFilename(name: string): string {
  const base = name.split(/[/\\]/).pop()?.replace(/[\u0000-\u001f]/g, "").trim() ?? "";
  return (base || "resume").slice(0, 255);
}

/**
 * Checks, reads and analyses an uploaded resume, then stores the file and its
 * row as the user's next version, made active. File first, then the row; if
 * the row cannot be written the file is deleted, so nothing is left half-stored.
 */
export async function uploadResume(
  userId: string,
  input: { bytes: Uint8Array; originalFilename: string; jobDescription?: string },
): Promise<{ id: string; version: number }> {
  if (input.bytes.byteLength > MAX_RESUME_BYTES) {
    throw new InvalidInputError(`The file must be at most ${MAX_RESUME_LABEL}.`, { file: [`The file must be at most ${MAX_RESUME_LABEL}`] });
  }
  const { mime, kind, extension } = await checkResumeFile(input.bytes);
  const { text, pages } = await extractResumeText(input.bytes, kind);
  const analysis = await analyse(text, pages, input.jobDescription);
  const uploadedAt = await now();

  const key = `${userPrefix(userId)}resumes/${randomUUID()}.${extension}`;
  await storage().put(key, input.bytes);
  try {
    return await db().$transaction(async (tx) => {
      await lockUser(tx, userId);
      const latest = await tx.resumeUpload.aggregate({ where: { userId }, _max: { version: true } });
      await tx.resumeUpload.updateMany({ where: { userId, isActive: true }, data: { isActive: false } });
      return tx.resumeUpload.create({
        data: {
          userId,
          filename: key,
          originalFilename: cleanFilename(input.originalFilename),
          fileSize: input.bytes.byteLength,
          fileType: mime === "application/pdf" ? "pdf" : "docx",
          analysisScore: analysis.score.total,
          suggestions: analysis,
          isActive: true,
          version: (latest._max.version ?? 0) + 1,
          textContent: text,
          jobDescription: input.jobDescription ?? null,
          uploadedAt,
        },
        select: { id: true, version: true },
      });
    });
  } catch (error) {
    await storage()
      .delete(key)
      .catch((err: unknown) => logger.error({ err, key }, "could not delete the file of a resume that was not stored"));
    throw error;
  }
}

/** Analyses a stored version again against another job description, from its saved text (no re-upload). */
export async function rematchResume(userId: string, input: { id: string; jobDescription: string }): Promise<{ id: string }> {
  const row = await db().resumeUpload.findFirst({ where: { id: input.id, userId }, select: { textContent: true, suggestions: true } });
  if (!row) throw new NotFoundError("That resume version does not exist");
  if (!row.textContent) throw new InvalidInputError("This version has no saved text to match. Upload the file again.");
  const pages = AnalysisSchema.safeParse(row.suggestions).data?.length.pages ?? null;
  const analysis = await analyse(row.textContent, pages, input.jobDescription);
  const updated = await db().resumeUpload.updateMany({
    where: { id: input.id, userId },
    data: { jobDescription: input.jobDescription, suggestions: analysis, analysisScore: analysis.score.total },
  });
  if (updated.count === 0) throw new NotFoundError("That resume version does not exist");
  return { id: input.id };
}

/** Makes one version the active one; the others stop being active in the same transaction. */
export async function setActiveResume(userId: string, id: string): Promise<{ id: string }> {
  await db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    const target = await tx.resumeUpload.findFirst({ where: { id, userId }, select: { id: true } });
    if (!target) throw new NotFoundError("That resume version does not exist");
    await tx.resumeUpload.updateMany({ where: { userId, isActive: true, id: { not: id } }, data: { isActive: false } });
    await tx.resumeUpload.updateMany({ where: { id, userId }, data: { isActive: true } });
  });
  return { id };
}

/**
 * Deletes a version and its file. When it was the active one, the newest
 * remaining version becomes active. The row goes first: a leftover file is
 * invisible, a row pointing at a missing file is a broken download.
 */
export async function deleteResume(userId: string, id: string): Promise<{ id: string }> {
  const filename = await db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    const row = await tx.resumeUpload.findFirst({ where: { id, userId }, select: { filename: true, isActive: true } });
    if (!row) throw new NotFoundError("That resume version does not exist");
    await tx.resumeUpload.deleteMany({ where: { id, userId } });
    if (row.isActive) {
      const next = await tx.resumeUpload.findFirst({ where: { userId }, orderBy: { version: "desc" }, select: { id: true } });
      if (next) await tx.resumeUpload.updateMany({ where: { id: next.id, userId }, data: { isActive: true } });
    }
    return row.filename;
  });
  await storage()
    .delete(filename)
    .catch((err: unknown) => logger.warn({ err }, "could not delete the file of a deleted resume version"));
  return { id };
}
