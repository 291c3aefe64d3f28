import "server-only";
import { db } from "@/lib/db";
import type { Prisma, ResultSource } from "@/prisma/generated/client/client";
import { NotFoundError } from "@/lib/errors";
import { AnswerMetricsSchema, FollowUpTargetSchema, StoredFeedbackSchema } from "@/lib/ai/schema";
import type { SessionKind } from "@/lib/interview-session/schema";

// Both interview kinds keep their questions as SessionAnswer rows under one
// InterviewSession. Here: how an answer is read, storing an answer once, and
// storing its score with the session's average.

/** The columns every interview page shows for one question and its answer. */
export const ANSWER_FIELDS = {
  id: true,
  position: true,
  questionText: true,
  questionType: true,
  difficulty: true,
  talkingPoints: true,
  reason: true,
  answerText: true,
  answeredAt: true,
  durationSeconds: true,
  score: true,
  source: true,
  feedback: true,
  metrics: true,
  parentId: true,
  followUpTarget: true,
} as const satisfies Prisma.SessionAnswerSelect;

/** An answer row with its JSON columns typed by their zod schemas. */
export function parseAnswer<A extends { feedback: Prisma.JsonValue; metrics: Prisma.JsonValue; followUpTarget: string | null }>(answer: A) {
  return {
    ...answer,
    followUpTarget: FollowUpTargetSchema.safeParse(answer.followUpTarget).data ?? null,
    feedback: answer.feedback ? StoredFeedbackSchema.parse(answer.feedback) : null,
    metrics: answer.metrics ? AnswerMetricsSchema.parse(answer.metrics) : null,
  };
}

/** One question of one of the user's sessions of a given kind: every answer query is scoped by all four. */
export type AnswerRef = { kind: SessionKind; userId: string; sessionId: string; answerId: string };

function answerWhere(ref: AnswerRef): Prisma.SessionAnswerWhereInput {
  return { id: ref.answerId, sessionId: ref.sessionId, userId: ref.userId, session: { is: { kind: ref.kind } } };
}

/**
 * Stores the answer unless its question already has one: a repeated submission
 * keeps the first answer. Throws NotFoundError when the question is not part of
 * this user's session. Only a planned question's answer counts towards the
 * session's questions answered; a follow-up's belongs to its question's thread.
 */
export async function storeAnswerOnce(ref: AnswerRef, data: Prisma.SessionAnswerUpdateManyMutationInput): Promise<void> {
  const question = answerWhere(ref);
  await db().$transaction(async (tx) => {
    const stored = await tx.sessionAnswer.updateMany({ where: { ...question, answerText: null, parentId: null }, data });
    if (stored.count === 0) {
      const followUp = await tx.sessionAnswer.updateMany({ where: { ...question, answerText: null, parentId: { not: null } }, data });
      if (followUp.count === 1) return;
    }
    if (stored.count === 1) {
      await tx.interviewSession.update({
        where: { id: ref.sessionId, userId: ref.userId },
        data: { questionsAnswered: { increment: 1 } },
        select: { id: true },
      });
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
export async function storeScore(ref: AnswerRef, scored: Prisma.SessionAnswerUpdateManyMutationInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.sessionAnswer.updateMany({
      where: { ...answerWhere(ref), score: null },
      data: { ...scored, evaluatedAt: new Date() },
    });
    if (updated.count === 0) return; // scored concurrently by another request
    // One score per thread (lib/interview-session/threads.ts): its last scored row's.
    const [totals] = await tx.$queryRaw<{ average: number | null; unscored: number }[]>`
      SELECT (SELECT avg(score) FROM (
                SELECT DISTINCT ON (coalesce(parent_id, id)) score FROM session_answer
                WHERE session_id = ${ref.sessionId} AND user_id = ${ref.userId} AND score IS NOT NULL
                ORDER BY coalesce(parent_id, id), position DESC) last)::float8 AS average,
             (SELECT count(*) FROM session_answer
                WHERE session_id = ${ref.sessionId} AND user_id = ${ref.userId} AND score IS NULL)::int AS unscored`;
    const allScored = totals?.unscored === 0;
    await tx.interviewSession.update({
      where: { id: ref.sessionId, userId: ref.userId },
      data: {
        averageScore: Math.round((totals?.average ?? 0) * 10) / 10,
        ...(allScored ? { completed: true, completedAt: new Date() } : {}),
      },
      select: { id: true },
    });
  });
}

/** The score and scorer of one of the user's answers, as the answers routes reply with them. */
export async function answerOutcome(ref: AnswerRef): Promise<{ score: number | null; source: ResultSource | null }> {
  const stored = await db().sessionAnswer.findFirst({
    where: answerWhere(ref),
    select: { score: true, source: true },
  });
  return { score: stored?.score ?? null, source: stored?.source ?? null };
}
