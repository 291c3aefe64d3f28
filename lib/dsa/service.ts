import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { RATING_VALUES, type LogAttempt } from "@/lib/dsa/schema";
import { emptyCard, review } from "@/lib/dsa/schedule";

const CARD_FIELDS = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export type LoggedAttempt = { attemptId: string; due: Date; scheduledDays: number };

/**
 * Stores an attempt and reschedules the problem's review card with ts-fsrs, in
 * one transaction: an attempt never exists without the schedule it produced.
 * `at` is the review time (the server clock, lib/clock.ts, in the action).
 */
export async function logAttempt(userId: string, input: LogAttempt, at: Date): Promise<LoggedAttempt> {
  const problem = await db().dsaProblem.findUnique({
    where: { slug: input.slug },
    select: { slug: true, title: true, category: true, difficulty: true },
  });
  if (!problem) throw new NotFoundError("That problem is not in the catalogue");

  return db().$transaction(async (tx) => {
    // Make sure the card row exists, then lock it: attempts logged at the same
    // moment (even the very first ones) are scheduled one after the other
    // instead of overwriting each other's review.
    await tx.dsaReviewCard.createMany({ data: [{ userId, problemSlug: problem.slug, ...emptyCard(at) }], skipDuplicates: true });
    await tx.$queryRaw`SELECT 1 FROM dsa_review_card WHERE user_id = ${userId} AND problem_slug = ${problem.slug} FOR UPDATE`;
    const current = await tx.dsaReviewCard.findUniqueOrThrow({
      where: { userId_problemSlug: { userId, problemSlug: problem.slug } },
      select: CARD_FIELDS,
    });
    const next = review(current, input.rating, at);

    const attempt = await tx.dsaPracticeSession.create({
      data: {
        userId,
        problemSlug: problem.slug,
        problemTitle: problem.title,
        problemCategory: problem.category,
        difficulty: problem.difficulty,
        solved: input.solved,
        attempts: input.attempts,
        timeTaken: input.timeTaken,
        solutionCode: input.solutionCode,
        notes: input.notes,
        rating: RATING_VALUES[input.rating],
        createdAt: at,
      },
      select: { id: true },
    });
    await tx.dsaReviewCard.update({
      where: { userId_problemSlug: { userId, problemSlug: problem.slug } },
      data: next,
    });
    return { attemptId: attempt.id, due: next.due, scheduledDays: next.scheduledDays };
  });
}
