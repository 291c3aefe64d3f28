import "server-only";
import { db } from "@/lib/db";
import {
  ImprovementAreasSchema,
  SessionResultsSchema,
  SessionTypeSchema,
  type SessionType,
} from "@/lib/english/schema";

const RECENT = 20;

const SESSION_FIELDS = {
  id: true,
  sessionType: true,
  exercisesCompleted: true,
  score: true,
  improvementAreas: true,
  durationMinutes: true,
  completed: true,
  createdAt: true,
} as const;

const areasOf = (value: unknown) => ImprovementAreasSchema.safeParse(value).data ?? [];

/** The user's newest sessions, newest first. */
export async function listRecentSessions(userId: string, take = RECENT) {
  const rows = await db().englishBoosterSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: SESSION_FIELDS,
  });
  return rows.map((row) => ({ ...row, improvementAreas: areasOf(row.improvementAreas) }));
}
export type SessionRow = Awaited<ReturnType<typeof listRecentSessions>>[number];

export type TypeProgress = {
  type: SessionType;
  sessions: number;
  /** Mean score 0..100, one decimal. */
  average: number;
  best: number;
  /** Up to the last ten scores, oldest first, for a trend line. */
  recent: number[];
};

/** Per session type: count, average and best score, and the latest scores; one grouped query. */
export async function getProgress(userId: string): Promise<TypeProgress[]> {
  const rows = await db().$queryRaw<
    { type: string; sessions: bigint; average: number; best: number; recent: number[] }[]
  >`
    SELECT session_type::text AS type,
           count(*) AS sessions,
           avg(score)::float8 AS average,
           max(score)::float8 AS best,
           (array_agg(score::float8 ORDER BY created_at DESC))[1:10] AS recent
    FROM english_booster_session
    WHERE user_id = ${userId} AND session_type IS NOT NULL
    GROUP BY session_type`;
  return SessionTypeSchema.options.flatMap((type) => {
    const row = rows.find((candidate) => candidate.type === type);
    return row
      ? [
          {
            type,
            sessions: Number(row.sessions),
            average: Math.round(row.average * 10) / 10,
            best: row.best,
            recent: [...row.recent].reverse(),
          },
        ]
      : [];
  });
}

/** How often each improvement area came up in the last twenty sessions, most frequent first. */
export async function topImprovementAreas(userId: string, limit = 5): Promise<{ area: string; count: number }[]> {
  return db().$queryRaw<{ area: string; count: number }[]>`
    SELECT area, count(*)::int AS count
    FROM (
      SELECT improvement_areas FROM english_booster_session
      WHERE user_id = ${userId} AND jsonb_typeof(improvement_areas) = 'array'
      ORDER BY created_at DESC
      LIMIT ${RECENT}
    ) recent
    CROSS JOIN LATERAL jsonb_array_elements_text(recent.improvement_areas) AS area
    GROUP BY area
    ORDER BY count DESC, area
    LIMIT ${limit}`;
}

/** One session with its typed results, or null when it is not this user's. */
export async function getEnglishSession(userId: string, id: string) {
  const row = await db().englishBoosterSession.findFirst({
    where: { id, userId },
    select: { ...SESSION_FIELDS, results: true },
  });
  if (!row) return null;
  return {
    ...row,
    improvementAreas: areasOf(row.improvementAreas),
    results: SessionResultsSchema.safeParse(row.results).data ?? null,
  };
}
export type EnglishSessionView = NonNullable<Awaited<ReturnType<typeof getEnglishSession>>>;
