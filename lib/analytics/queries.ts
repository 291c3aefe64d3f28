import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client/client";
import {
  DEFAULT_RANGE_DAYS,
  MAX_RANGE_DAYS,
  PRACTICE_TYPES,
  SKILLS,
  addDays,
  bucketFor,
  daysBetween,
  type AnalyticsData,
  type PracticeType,
} from "@/lib/analytics/types";
import { currentStreak, longestStreak } from "@/lib/analytics/streak";
import { dayIn, validTimeZone } from "@/lib/analytics/time-zone";

export type { AnalyticsData, PracticeType } from "@/lib/analytics/types";

export type AnalyticsFilters = {
  /** First day of the range: the Date's UTC calendar day, read as a day in the user's time zone. */
  from?: Date;
  /** Last day of the range (inclusive), read the same way. Defaults to today. */
  to?: Date;
  /** Practice types to include; all when absent or empty. */
  types?: PracticeType[];
};

export type AnalyticsOptions = {
  now?: Date;
  /** IANA zone that days are counted in; UTC when absent or unknown. */
  timeZone?: string;
};

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
const round1 = (value: number) => Math.round(value * 10) / 10;
const num = z.coerce.number();
const nullableNum = num.nullable();

// The single statement returns one row of JSON columns; each is checked here.
const RowSchema = z.object({
  by_type: z.array(z.object({ type: z.enum(PRACTICE_TYPES), count: num, scored: num, average: nullableNum })),
  over_time: z.array(z.object({ bucket: z.string(), type: z.enum(PRACTICE_TYPES), score: num, count: num })),
  by_question_type: z.array(z.object({ question_type: z.enum(["behavioral", "technical", "system_design"]), average: num, count: num })),
  skills: z.object({
    answers: num,
    star: nullableNum,
    star_answers: num,
    relevance: nullableNum,
    relevance_answers: num,
    coherence: nullableNum,
    coherence_answers: num,
    accuracy: nullableNum,
    accuracy_answers: num,
    results: nullableNum,
    coverage: nullableNum,
    coverage_answers: num,
    fillers: nullableNum,
    hedges: nullableNum,
  }),
  days: z.array(z.object({ day: z.string(), count: num })),
  streak: z.object({ last_day: z.string().nullable(), length: num }),
  pipeline: z.array(z.object({ status: z.enum(["upcoming", "completed", "offer", "rejected", "withdrawn"]), count: num })),
  dsa: z.array(z.object({ difficulty: z.enum(["easy", "medium", "hard", "unknown"]), attempted: num, solved: num })),
  presence: z.array(z.object({ bucket: z.string(), posture: nullableNum, engagement: nullableNum, sessions: num })),
});

const jsonColumn = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

/**
 * Every figure of the analytics view for one user, computed by PostgreSQL in
 * ONE statement whatever the size of the history (see
 * docs/decisions/017-analytics.md). Only rows of `userId` are read.
 */
export async function getAnalytics(userId: string, filters: AnalyticsFilters = {}, options: AnalyticsOptions = {}): Promise<AnalyticsData> {
  const timeZone = validTimeZone(options.timeZone);
  const today = dayIn(timeZone, options.now ?? new Date());
  const to = filters.to ? utcDay(filters.to) : today;
  const from = filters.from ? utcDay(filters.from) : addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const types: PracticeType[] = filters.types && filters.types.length > 0 ? PRACTICE_TYPES.filter((t) => filters.types!.includes(t)) : [...PRACTICE_TYPES];
  const span = daysBetween(from, to) + 1;
  if (span < 1 || span > MAX_RANGE_DAYS) throw new RangeError(`analytics range must be 1 to ${MAX_RANGE_DAYS} days, got ${from}..${to}`);
  const bucket = bucketFor(from, to);

  // Stored timestamps are UTC without a zone; `localDay` turns one into the user's
  // calendar day, and LO/HI are the range's local midnights as stored (UTC)
  // timestamps, so the (user_id, created_at) indexes can be used.
  const localDay = (column: Prisma.Sql) => Prisma.sql`((${column}) AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone})::date`;
  const LO = Prisma.sql`((${from}::date)::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC')`;
  const HI = Prisma.sql`(((${to}::date + 1))::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC')`;
  const TYPES = Prisma.sql`${types}::text[]`;
  // An answer's practice type is its session's kind (a primary-key lookup per answer).
  const answerType = Prisma.sql`(SELECT CASE WHEN s.kind = 'text' THEN 'ai_interview' ELSE 'avatar_interview' END
    FROM interview_session s WHERE s.id = session_id)`;
  const answeredAt = Prisma.sql`coalesce(answered_at, created_at)`;
  // A question and its follow-ups count once, as the thread's last answer: its evaluation read
  // the whole thread (docs/decisions/027-follow-up-questions.md).
  const lastInThread = Prisma.sql`NOT EXISTS (SELECT 1 FROM session_answer later
    WHERE later.parent_id = coalesce(session_answer.parent_id, session_answer.id)
      AND later.position > session_answer.position AND later.answer_text IS NOT NULL)`;
  const bucketOf = (day: Prisma.Sql) => Prisma.sql`to_char(date_trunc(${bucket}, (${day})::timestamp), 'YYYY-MM-DD')`;
  // Metric values read from the stored JSON (only when it is an object); paths are constants.
  const evaluated = Prisma.sql`jsonb_typeof(metrics) = 'object'`;
  const json = (path: string) => {
    const keys = path.split(",");
    return `metrics${keys.map((key, i) => `${i === keys.length - 1 ? "->>" : "->"}'${key}'`).join("")}`;
  };
  const flag = (path: string) => Prisma.raw(`coalesce((${json(path)})::boolean, false)::int`);
  const number = (path: string) => Prisma.raw(`(${json(path)})::float8`);
  const percent = (value: Prisma.Sql) => Prisma.sql`round((100 * ${value})::numeric, 1)::float8`;

  // Shape of the statement: `answers` (one narrow row per answer: local day, score,
  // metric flags) and `daily` (practice per type and local day) are computed once;
  // every figure is then read from these small sets. The streak needs history
  // before the range only when the latest run of practice reaches the range's
  // first day (or the range ends before today): otherwise that scan is skipped.
  const rows = await db().$queryRaw<Record<string, unknown>[]>`
    WITH answers AS MATERIALIZED (
      SELECT ${answerType} AS type, ${localDay(answeredAt)} AS day, score, question_type::text AS question_type,
             CASE WHEN ${evaluated} AND question_type = 'behavioral'
               THEN ${flag("star,situation")} + ${flag("star,task")} + ${flag("star,action")} + ${flag("star,result")} END AS star_parts,
             CASE WHEN ${evaluated} THEN (coalesce(${number("concreteResults")}, 0) > 0)::int END AS has_result,
             CASE WHEN ${evaluated} AND ${Prisma.raw(json("relevance,verdict"))} IS NOT NULL
               THEN (${Prisma.raw(json("relevance,verdict"))} = 'on-topic')::int END AS on_topic,
             CASE WHEN ${evaluated} THEN (${number("coherence,score")} >= 0.6)::int END AS coherent,
             CASE WHEN ${evaluated} AND ${Prisma.raw(json("claims,status"))} = 'checked'
               THEN (jsonb_array_length(coalesce(metrics->'claims'->'contradicted', '[]'::jsonb)) = 0)::int END AS accurate,
             CASE WHEN ${evaluated} THEN ${number("talkingPoints,coverage")} END AS coverage,
             CASE WHEN ${evaluated} THEN (coalesce(${number("fillerRate")}, 0) < 2)::int END AS few_fillers,
             CASE WHEN ${evaluated} THEN (coalesce(${number("hedgeCount")}, 0) * 100 < 2 * greatest(coalesce(${number("wordCount")}, 0), 1))::int END AS direct
      FROM session_answer
      WHERE user_id = ${userId} AND answer_text IS NOT NULL AND ${lastInThread}
        AND created_at < ${HI} AND ${answeredAt} >= ${LO} AND ${answeredAt} < ${HI}
        AND ${answerType} = ANY(${TYPES})
    ),
    daily AS MATERIALIZED (
      SELECT type, day, count(*) AS n, count(score) AS scored, sum(score) AS total
      FROM (
        SELECT type, day, score * 10 AS score FROM answers
        UNION ALL
        SELECT 'english', ${localDay(Prisma.sql`created_at`)}, score FROM english_booster_session
        WHERE user_id = ${userId} AND created_at >= ${LO} AND created_at < ${HI} AND 'english' = ANY(${TYPES})
        UNION ALL
        SELECT 'dsa', ${localDay(Prisma.sql`created_at`)}, CASE WHEN solved THEN 100.0 ELSE 0.0 END FROM dsa_practice_session
        WHERE user_id = ${userId} AND created_at >= ${LO} AND created_at < ${HI} AND 'dsa' = ANY(${TYPES})
      ) items
      GROUP BY type, day
    ),
    range_islands AS (
      SELECT day, day + (row_number() OVER (ORDER BY day DESC))::int AS run
      FROM (SELECT DISTINCT day FROM daily WHERE day <= ${today}::date) d
    ),
    range_enough AS (
      SELECT ${to}::date >= ${today}::date
             AND coalesce((SELECT min(day) FROM range_islands WHERE run = (SELECT run FROM range_islands ORDER BY day DESC LIMIT 1)) > ${from}::date, true) AS ok
    ),
    history AS (
      SELECT day AS d FROM daily
      UNION
      SELECT ${localDay(answeredAt)} FROM session_answer
      WHERE NOT (SELECT ok FROM range_enough) AND user_id = ${userId} AND answer_text IS NOT NULL AND ${answerType} = ANY(${TYPES})
      UNION
      SELECT ${localDay(Prisma.sql`created_at`)} FROM english_booster_session
      WHERE NOT (SELECT ok FROM range_enough) AND user_id = ${userId} AND 'english' = ANY(${TYPES})
      UNION
      SELECT ${localDay(Prisma.sql`created_at`)} FROM dsa_practice_session
      WHERE NOT (SELECT ok FROM range_enough) AND user_id = ${userId} AND 'dsa' = ANY(${TYPES})
    ),
    islands AS (
      SELECT d, d + (row_number() OVER (ORDER BY d DESC))::int AS run FROM history WHERE d <= ${today}::date
    )
    SELECT
      (SELECT coalesce(json_agg(t), '[]') FROM (
         SELECT type, sum(n) AS count, sum(scored) AS scored, round((sum(total) / nullif(sum(scored), 0))::numeric, 1)::float8 AS average
         FROM daily GROUP BY type) t) AS by_type,
      (SELECT coalesce(json_agg(t ORDER BY t.bucket, t.type), '[]') FROM (
         SELECT type, ${bucketOf(Prisma.sql`day`)} AS bucket, round((sum(total) / sum(scored))::numeric, 1)::float8 AS score, sum(scored) AS count
         FROM daily WHERE scored > 0 GROUP BY 1, 2) t) AS over_time,
      (SELECT coalesce(json_agg(t ORDER BY t.question_type), '[]') FROM (
         SELECT question_type, round(avg(score)::numeric, 1)::float8 AS average, count(*) AS count
         FROM answers WHERE score IS NOT NULL GROUP BY question_type) t) AS by_question_type,
      (SELECT json_build_object(
         'answers', count(has_result),
         'star', ${percent(Prisma.sql`avg(star_parts / 4.0)`)},
         'star_answers', count(star_parts),
         'relevance', ${percent(Prisma.sql`avg(on_topic)`)},
         'relevance_answers', count(on_topic),
         'coherence', ${percent(Prisma.sql`avg(coherent)`)},
         'coherence_answers', count(coherent),
         'accuracy', ${percent(Prisma.sql`avg(accurate)`)},
         'accuracy_answers', count(accurate),
         'results', ${percent(Prisma.sql`avg(has_result)`)},
         'coverage', ${percent(Prisma.sql`avg(coverage)`)},
         'coverage_answers', count(coverage),
         'fillers', ${percent(Prisma.sql`avg(few_fillers)`)},
         'hedges', ${percent(Prisma.sql`avg(direct)`)}
       ) FROM answers) AS skills,
      (SELECT coalesce(json_agg(t ORDER BY t.day), '[]') FROM (
         SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(n) AS count FROM daily GROUP BY daily.day) t) AS days,
      (SELECT json_build_object('last_day', to_char(max(d), 'YYYY-MM-DD'), 'length', count(*))
         FROM islands WHERE run = (SELECT run FROM islands ORDER BY d DESC LIMIT 1)) AS streak,
      (SELECT coalesce(json_agg(t), '[]') FROM (
         SELECT status::text AS status, count(*) AS count FROM interview WHERE user_id = ${userId} GROUP BY status) t) AS pipeline,
      (SELECT coalesce(json_agg(t), '[]') FROM (
         SELECT coalesce(coalesce(s.difficulty, p.difficulty)::text, 'unknown') AS difficulty,
                count(DISTINCT coalesce(s.problem_slug, s.problem_title)) AS attempted,
                count(DISTINCT coalesce(s.problem_slug, s.problem_title)) FILTER (WHERE s.solved) AS solved
         FROM dsa_practice_session s LEFT JOIN dsa_problem p ON p.slug = s.problem_slug
         WHERE s.user_id = ${userId} AND s.created_at >= ${LO} AND s.created_at < ${HI} AND 'dsa' = ANY(${TYPES})
         GROUP BY 1) t) AS dsa,
      (SELECT coalesce(json_agg(t ORDER BY t.bucket), '[]') FROM (
         SELECT ${bucketOf(localDay(Prisma.sql`s.created_at`))} AS bucket,
                round(avg(r.posture_score)::numeric, 1)::float8 AS posture,
                round(avg(r.engagement_score)::numeric, 1)::float8 AS engagement,
                count(*) AS sessions
         FROM interview_session s JOIN session_recording r ON r.session_id = s.id
         WHERE s.user_id = ${userId} AND s.created_at >= ${LO} AND s.created_at < ${HI} AND 'avatar_interview' = ANY(${TYPES})
           AND (r.posture_score IS NOT NULL OR r.engagement_score IS NOT NULL)
         GROUP BY 1) t) AS presence
  `;
  const raw = rows[0];
  if (!raw) throw new Error("analytics query returned no row");
  const row = RowSchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, jsonColumn(value)])));

  const days = row.days.map((d) => ({ day: d.day, count: d.count }));
  const skillValue = {
    relevance: row.skills.relevance,
    coherence: row.skills.coherence,
    accuracy: row.skills.accuracy,
    star: row.skills.star,
    results: row.skills.results,
    coverage: row.skills.coverage,
    fillers: row.skills.fillers,
    hedges: row.skills.hedges,
  };
  const skillAnswers = {
    relevance: row.skills.relevance_answers,
    coherence: row.skills.coherence_answers,
    accuracy: row.skills.accuracy_answers,
    star: row.skills.star_answers,
    results: row.skills.answers,
    coverage: row.skills.coverage_answers,
    fillers: row.skills.answers,
    hedges: row.skills.answers,
  };

  return {
    range: { from, to, timeZone, bucket, types, today },
    byType: types.map((type) => {
      const found = row.by_type.find((t) => t.type === type);
      return { type, count: found?.count ?? 0, scored: found?.scored ?? 0, average: found?.average ?? null };
    }),
    scoreOverTime: row.over_time.map((p) => ({ ...p, score: round1(p.score) })),
    byQuestionType: row.by_question_type.map((q) => ({ questionType: q.question_type, average: q.average, count: q.count })),
    skills: SKILLS.map((skill) => ({ skill, value: skillAnswers[skill] > 0 ? skillValue[skill] : null, answers: skillAnswers[skill] })),
    activity: {
      days,
      currentStreak: currentStreak({ lastDay: row.streak.last_day, length: row.streak.length }, today),
      longestStreak: longestStreak(days.map((d) => d.day)),
      lastPracticeDay: row.streak.last_day,
    },
    pipeline: (["upcoming", "completed", "offer", "rejected", "withdrawn"] as const).map((status) => ({
      status,
      count: row.pipeline.find((p) => p.status === status)?.count ?? 0,
    })),
    dsa: (["easy", "medium", "hard", "unknown"] as const).flatMap((difficulty) => {
      const found = row.dsa.find((d) => d.difficulty === difficulty);
      return found ? [{ difficulty, attempted: found.attempted, solved: found.solved }] : [];
    }),
    presence: row.presence,
  };
}
