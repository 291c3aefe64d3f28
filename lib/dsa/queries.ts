import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client/client";
import type { CatalogueFilter } from "@/lib/dsa/schema";
import { endOfDay } from "@/lib/dsa/schedule";

export const CATALOGUE_PAGE_SIZE = 20;
const HISTORY_LIMIT = 50;

function catalogueWhere(userId: string, filter: CatalogueFilter, at: Date): Prisma.DsaProblemWhereInput {
  return {
    ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" } } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
    ...(filter.status === "new" ? { cards: { none: { userId } } } : {}),
    ...(filter.status === "due" ? { cards: { some: { userId, due: { lte: endOfDay(at) } } } } : {}),
    ...(filter.status === "solved" ? { sessions: { some: { userId, solved: true } } } : {}),
  };
}

/** One page of the catalogue with the user's standing on each problem (three queries whatever the page). */
export async function listProblems(userId: string, filter: CatalogueFilter, at: Date) {
  const where = catalogueWhere(userId, filter, at);
  const total = await db().dsaProblem.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db().dsaProblem.findMany({
    where,
    orderBy: [{ title: "asc" }],
    skip: (page - 1) * CATALOGUE_PAGE_SIZE,
    take: CATALOGUE_PAGE_SIZE,
    select: {
      slug: true,
      title: true,
      category: true,
      difficulty: true,
      pattern: true,
      summary: true,
      cards: { where: { userId }, select: { due: true } },
      _count: { select: { sessions: { where: { userId, solved: true } } } },
    },
  });
  return {
    total,
    page,
    pageCount,
    problems: rows.map(({ cards, _count, ...problem }) => ({
      ...problem,
      due: cards[0]?.due ?? null,
      solved: _count.sessions > 0,
    })),
  };
}
export type CatalogueRow = Awaited<ReturnType<typeof listProblems>>["problems"][number];

/** A catalogue problem; the catalogue is shared, so no user filter is needed here. */
export async function getProblem(slug: string) {
  return db().dsaProblem.findUnique({
    where: { slug },
    select: { slug: true, title: true, category: true, difficulty: true, pattern: true, summary: true, hint: true },
  });
}

/** The user's review card for a problem, or null before their first attempt. */
export async function getCard(userId: string, slug: string) {
  return db().dsaReviewCard.findUnique({
    where: { userId_problemSlug: { userId, problemSlug: slug } },
    select: {
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
    },
  });
}

/** The user's attempts at one problem, newest first. */
export async function listAttempts(userId: string, slug: string) {
  return db().dsaPracticeSession.findMany({
    where: { userId, problemSlug: slug },
    orderBy: { createdAt: "desc" },
    take: HISTORY_LIMIT,
    select: { id: true, createdAt: true, solved: true, attempts: true, timeTaken: true, solutionCode: true, notes: true, rating: true },
  });
}
export type AttemptRow = Awaited<ReturnType<typeof listAttempts>>[number];

/** Problems due by the end of `at`'s day, most overdue first. */
export async function listDue(userId: string, at: Date) {
  const cards = await db().dsaReviewCard.findMany({
    where: { userId, due: { lte: endOfDay(at) } },
    orderBy: [{ due: "asc" }, { problemSlug: "asc" }],
    select: {
      due: true,
      lastReview: true,
      problem: { select: { slug: true, title: true, category: true, difficulty: true, pattern: true } },
    },
  });
  return cards.map(({ problem, ...card }) => ({ ...problem, ...card }));
}
export type DueRow = Awaited<ReturnType<typeof listDue>>[number];

/** The earliest review after today, for the empty queue's message; null when the user has no cards. */
export async function nextDueAfterToday(userId: string, at: Date): Promise<Date | null> {
  const card = await db().dsaReviewCard.findFirst({
    where: { userId, due: { gt: endOfDay(at) } },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return card?.due ?? null;
}

export type StatsRow = { key: string; total: number; solved: number; attempts: number; averageMinutes: number | null };

type RawStats = { key: string; total: bigint; solved: bigint; attempts: bigint; avg_minutes: number | null };

const toStats = (rows: RawStats[]): StatsRow[] =>
  rows.map((row) => ({
    key: row.key,
    total: Number(row.total),
    solved: Number(row.solved),
    attempts: Number(row.attempts),
    averageMinutes: row.avg_minutes === null ? null : Math.round(Number(row.avg_minutes)),
  }));

/**
 * Per category and per difficulty: catalogue size, distinct problems solved,
 * attempts logged and their average minutes. Two grouped queries in
 * PostgreSQL, however long the history.
 */
export async function getStats(userId: string): Promise<{ byCategory: StatsRow[]; byDifficulty: StatsRow[] }> {
  const [byCategory, byDifficulty] = await Promise.all([
    db().$queryRaw<RawStats[]>`
      SELECT p.category AS key,
             count(DISTINCT p.slug) AS total,
             count(DISTINCT s.problem_slug) FILTER (WHERE s.solved) AS solved,
             count(s.id) AS attempts,
             avg(s.time_taken)::float8 AS avg_minutes
      FROM dsa_problem p
      LEFT JOIN dsa_practice_session s ON s.problem_slug = p.slug AND s.user_id = ${userId}
      GROUP BY p.category
      ORDER BY p.category`,
    db().$queryRaw<RawStats[]>`
      SELECT p.difficulty::text AS key,
             count(DISTINCT p.slug) AS total,
             count(DISTINCT s.problem_slug) FILTER (WHERE s.solved) AS solved,
             count(s.id) AS attempts,
             avg(s.time_taken)::float8 AS avg_minutes
      FROM dsa_problem p
      LEFT JOIN dsa_practice_session s ON s.problem_slug = p.slug AND s.user_id = ${userId}
      GROUP BY p.difficulty
      ORDER BY p.difficulty`,
  ]);
  return { byCategory: toStats(byCategory), byDifficulty: toStats(byDifficulty) };
}
