// Test data builders. Each call makes distinct rows, so test files can run in
// parallel on one database without colliding.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(overrides: { name?: string; email?: string; password?: string; role?: "student" | "instructor" } = {}) {
  const password = overrides.password ?? "correct horse battery";
  const user = await db().user.create({
    data: {
      name: overrides.name ?? "Test User",
      email: overrides.email ?? uniqueEmail(),
      passwordHash: await hashPassword(password),
      role: overrides.role ?? "student",
    },
    select: { id: true, name: true, email: true, role: true },
  });
  return { ...user, password };
}

type SessionKind = "text" | "avatar";
type RecordingFields = { status?: "none" | "recording" | "complete" | "failed"; durationMs?: number; postureScore?: number; engagementScore?: number };

/**
 * An interview session of either kind, optionally with answered questions. A
 * video session always has its recording row, as the app creates it.
 */
export async function createSession(
  userId: string,
  options: {
    kind?: SessionKind;
    role?: string;
    createdAt?: Date;
    recording?: RecordingFields;
    answers?: { questionText?: string; questionType?: "behavioral" | "technical" | "system_design"; answerText?: string; score?: number; durationSeconds?: number; recordingOffsetMs?: number }[];
  } = {},
) {
  const kind = options.kind ?? "text";
  const answers = options.answers ?? [];
  const session = await db().interviewSession.create({
    data: {
      userId,
      kind,
      role: options.role ?? (kind === "text" ? "Backend engineer" : "Data analyst"),
      level: "mid",
      questionsPlanned: Math.max(1, answers.length),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      ...(kind === "avatar" ? { recording: { create: { ...options.recording } } } : {}),
      answers: {
        create: answers.map((answer, index) => ({
          userId,
          position: index + 1,
          questionText: answer.questionText ?? "Tell me about a conflict",
          questionType: answer.questionType ?? "behavioral",
          answerText: answer.answerText ?? null,
          score: answer.score ?? null,
          durationSeconds: answer.durationSeconds ?? null,
          recordingOffsetMs: answer.recordingOffsetMs ?? null,
        })),
      },
    },
    select: { id: true, answers: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  return { id: session.id, answerIds: session.answers.map((answer) => answer.id) };
}
