import "server-only";
import { db } from "@/lib/db";
import type { Prisma, ResultSource } from "@/prisma/generated/client/client";
import { NotFoundError } from "@/lib/errors";
import { AnswerMetricsSchema, StoredFeedbackSchema } from "@/lib/ai/schema";

// Both interview kinds, the mock interview and the video interview, keep their
// questions as SessionAnswer rows under a session. What they share lives here:
// how an answer is read, storing an answer once, and storing its score with the
// session's average.

/** The columns every interview page shows for one question and its answer. */
export const ANSWER_FIELDS = {
  id: true,
  position: true,
  questionText: true,
  questionType: true,
  difficulty: true,
  talkingPoints: true,
  answerText: true,
  answeredAt: true,
  durationSeconds: true,
  score: true,
  source: true,
  feedback: true,
  metrics: true,
} as const satisfies Prisma.SessionAnswerSelect;

/** An answer row with its JSON columns typed by their zod schemas. */
export function parseAnswer<A extends { feedback: Prisma.JsonValue; metrics: Prisma.JsonValue }>(answer: A) {
  return {
    ...answer,
    feedback: answer.feedback ? StoredFeedbackSchema.parse(answer.feedback) : null,
    metrics: answer.metrics ? AnswerMetricsSchema.parse(answer.metrics) : null,
  };
}

export type SessionKind = "ai" | "avatar";

function ofSession(kind: SessionKind, sessionId: string): Prisma.SessionAnswerWhereInput {
  return kind === "ai" ? { aiSessionId: sessionId } : { avatarSessionId: sessionId };
}

/** The session row's own counters, which the two kinds name differently. */
function session(tx: Prisma.TransactionClient, kind: SessionKind, userId: string, sessionId: string) {
  const where = { id: sessionId, userId };
  return {
    countAnswer: () =>
      kind === "ai"
        ? tx.aiInterviewSession.update({ where, data: { questionsAnswered: { increment: 1 } }, select: { id: true } })
        : tx.avatarInterviewSession.update({ where, data: { questionsCompleted: { increment: 1 } }, select: { id: true } }),
    setScore: (data: { averageScore: number; completed?: true; completedAt?: Date }) =>
      kind === "ai"
        ? tx.aiInterviewSession.update({ where, data, select: { id: true } })
        : tx.avatarInterviewSession.update({ where, data, select: { id: true } }),
  };
}

/**
 * Stores the answer unless its question already has one: a repeated submission
 * keeps the first answer. Throws NotFoundError when the question is not part of
 * this user's session.
 */
export async function storeAnswerOnce(
  kind: SessionKind,
  userId: string,
  ref: { sessionId: string; answerId: string },
  data: Prisma.SessionAnswerUpdateManyMutationInput,
): Promise<void> {
  const question = { id: ref.answerId, ...ofSession(kind, ref.sessionId), userId };
  await db().$transaction(async (tx) => {
    const stored = await tx.sessionAnswer.updateMany({ where: { ...question, answerText: null }, data });
    if (stored.count === 1) {
      await session(tx, kind, userId, ref.sessionId).countAnswer();
      return;
    }
    const exists = await tx.sessionAnswer.findFirst({ where: question, select: { id: true } });
    if (!exists) throw new NotFoundError("That question is not part of your session");
  });
}

/**
 * Stores an answer's score, unless another request scored it first, and the
 * session's average; the session is complete once every answer is scored.
 */
export async function storeScore(
  kind: SessionKind,
  userId: string,
  ref: { sessionId: string; answerId: string },
  scored: Prisma.SessionAnswerUpdateManyMutationInput,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.sessionAnswer.updateMany({
      where: { id: ref.answerId, userId, score: null },
      data: { ...scored, evaluatedAt: new Date() },
    });
    if (updated.count === 0) return; // scored concurrently by another request
    const totals = await tx.sessionAnswer.aggregate({
      where: { ...ofSession(kind, ref.sessionId), userId },
      _avg: { score: true },
      _count: { _all: true, score: true },
    });
    const allScored = totals._count.score === totals._count._all;
    await session(tx, kind, userId, ref.sessionId).setScore({
      averageScore: Math.round((totals._avg.score ?? 0) * 10) / 10,
      ...(allScored ? { completed: true, completedAt: new Date() } : {}),
    });
  });
}

/** The score and scorer of one of the user's answers, as the answers routes reply with them. */
export async function answerOutcome(
  kind: SessionKind,
  userId: string,
  ref: { sessionId: string; answerId: string },
): Promise<{ score: number | null; source: ResultSource | null }> {
  const stored = await db().sessionAnswer.findFirst({
    where: { id: ref.answerId, ...ofSession(kind, ref.sessionId), userId },
    select: { score: true, source: true },
  });
  return { score: stored?.score ?? null, source: stored?.source ?? null };
}
