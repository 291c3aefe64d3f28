import "server-only";
import { db } from "@/lib/db";
import { endOfDay } from "@/lib/dsa/schedule";
import { getCompanyPrepOverview } from "@/lib/company-prep/queries";
import { getAnalytics } from "@/lib/analytics/queries";

export type DashboardSummary = {
  upcomingInterviews: number;
  aiSessions: number;
  avatarSessions: number;
  answers: number;
  averageScore: number | null;
  dsaSolved: number;
  dsaDueToday: number;
  englishSessions: number;
  companyPrep: number;
  resumes: number;
};

/** Every headline figure in one round trip, computed by PostgreSQL. */
export async function getDashboardSummary(userId: string, now = new Date()): Promise<DashboardSummary> {
  const rows = await db().$queryRaw<
    {
      upcoming: bigint;
      ai: bigint;
      avatar: bigint;
      answers: bigint;
      avg_score: number | null;
      dsa_solved: bigint;
      dsa_due: bigint;
      english: bigint;
      company: bigint;
      resumes: bigint;
    }[]
  >`
    SELECT
      (SELECT count(*) FROM interview WHERE user_id = ${userId} AND status = 'upcoming' AND date >= ${now}) AS upcoming,
      (SELECT count(*) FROM interview_session WHERE user_id = ${userId} AND kind = 'text') AS ai,
      (SELECT count(*) FROM interview_session WHERE user_id = ${userId} AND kind = 'avatar') AS avatar,
      (SELECT count(*) FROM session_answer WHERE user_id = ${userId} AND answer_text IS NOT NULL AND parent_id IS NULL) AS answers,
      -- One score per question: its thread's last scored answer (docs/decisions/027-follow-up-questions.md).
      (SELECT avg(score) FROM (SELECT DISTINCT ON (coalesce(parent_id, id)) score FROM session_answer
         WHERE user_id = ${userId} AND score IS NOT NULL ORDER BY coalesce(parent_id, id), position DESC) last) AS avg_score,
      (SELECT count(DISTINCT coalesce(problem_slug, problem_title)) FROM dsa_practice_session WHERE user_id = ${userId} AND solved) AS dsa_solved,
      (SELECT count(*) FROM dsa_review_card WHERE user_id = ${userId} AND due <= ${endOfDay(now)}) AS dsa_due,
      (SELECT count(*) FROM english_booster_session WHERE user_id = ${userId}) AS english,
      (SELECT count(*) FROM company_prep_session WHERE user_id = ${userId}) AS company,
      (SELECT count(*) FROM resume_upload WHERE user_id = ${userId}) AS resumes
  `;
  const row = rows[0];
  if (!row) throw new Error("dashboard summary returned no row");
  return {
    upcomingInterviews: Number(row.upcoming),
    aiSessions: Number(row.ai),
    avatarSessions: Number(row.avatar),
    answers: Number(row.answers),
    averageScore: row.avg_score === null ? null : Math.round(Number(row.avg_score) * 10) / 10,
    dsaSolved: Number(row.dsa_solved),
    dsaDueToday: Number(row.dsa_due),
    englishSessions: Number(row.english),
    companyPrep: Number(row.company),
    resumes: Number(row.resumes),
  };
}

/** The next few upcoming interviews, soonest first. */
export async function listUpcomingInterviews(userId: string, now: Date, take = 3) {
  return db().interview.findMany({
    where: { userId, status: "upcoming", date: { gte: now } },
    orderBy: { date: "asc" },
    take,
    select: { id: true, company: true, position: true, date: true },
  });
}

/**
 * Everything the dashboard shows, in four queries whatever the history size:
 * the summary counts, the next interviews, company-prep progress and the
 * analytics of the last 90 days (one statement) for the chart row.
 */
export async function getDashboard(userId: string, now: Date, timeZone?: string) {
  const [summary, upcoming, companyPrep, analytics] = await Promise.all([
    getDashboardSummary(userId, now),
    listUpcomingInterviews(userId, now),
    getCompanyPrepOverview(userId),
    getAnalytics(userId, {}, { now, timeZone }),
  ]);
  return { summary, upcoming, companyPrep: companyPrep.slice(0, 5), analytics };
}
