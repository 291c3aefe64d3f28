import "server-only";
import { db } from "@/lib/db";
import { getCompanyProfile, listCompanyProfiles } from "@/lib/companies/queries";
import { overallProgress, progressOf } from "@/lib/company-prep/progress";
import { PREP_TYPES, TopicsCoveredSchema, type PrepType } from "@/lib/company-prep/schema";

export type CompanyPrepOverviewRow = { slug: string; name: string; progress: number; updatedAt: Date };

/**
 * Per company the user prepares for: overall progress (the average over the
 * four prep types, a missing type counting as 0) and when it last changed.
 * One query, aggregated by PostgreSQL; most recently touched first.
 */
export async function getCompanyPrepOverview(userId: string): Promise<CompanyPrepOverviewRow[]> {
  const rows = await db().$queryRaw<{ slug: string; name: string; progress: number; updated_at: Date }[]>`
    SELECT c.slug, c.name,
           round((sum(s.progress_percentage) / ${PREP_TYPES.length})::numeric, 1)::float8 AS progress,
           max(s.updated_at) AS updated_at
    FROM company_prep_session s
    JOIN company_profile c ON c.slug = s.company_slug
    WHERE s.user_id = ${userId} AND s.prep_type IS NOT NULL
    GROUP BY c.slug, c.name
    ORDER BY updated_at DESC, c.name
  `;
  return rows.map((row) => ({ slug: row.slug, name: row.name, progress: Number(row.progress), updatedAt: row.updated_at }));
}

/** The picker: companies the user prepares for first (with progress), then every other profile. */
export async function listCompaniesForPicker(userId: string) {
  const [companies, overview] = await Promise.all([listCompanyProfiles(), getCompanyPrepOverview(userId)]);
  const bySlug = new Map(companies.map((company) => [company.slug, company]));
  const preparing = overview.flatMap((row) => {
    const company = bySlug.get(row.slug);
    return company ? [{ ...company, progress: row.progress, updatedAt: row.updatedAt }] : [];
  });
  const started = new Set(preparing.map((company) => company.slug));
  return { preparing, others: companies.filter((company) => !started.has(company.slug)) };
}
export type PickerCompanies = Awaited<ReturnType<typeof listCompaniesForPicker>>;

/** A company's profile with the user's checklist state per prep type, or null for an unknown slug. */
export async function getCompanyPrep(userId: string, slug: string) {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const [company, rows] = await Promise.all([
    getCompanyProfile(slug),
    db().companyPrepSession.findMany({
      where: { userId, companySlug: slug, prepType: { not: null } },
      select: { prepType: true, topicsCovered: true, notes: true, updatedAt: true },
    }),
  ]);
  if (!company) return null;
  const byType = new Map(rows.map((row) => [row.prepType, row]));
  const types = PREP_TYPES.map((type: PrepType) => {
    const topics = company.prepTopics[type];
    const row = byType.get(type);
    // A topic later removed from the seed data no longer counts (nor blocks the page).
    const stored = TopicsCoveredSchema.safeParse(row?.topicsCovered).data ?? [];
    const progress = progressOf(topics, stored.filter((topic) => topics.includes(topic)));
    return {
      type,
      topics,
      covered: progress.ok ? progress.covered : [],
      percentage: progress.ok ? progress.percentage : 0,
      notes: row?.notes ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
  return {
    company,
    types,
    overall: overallProgress(Object.fromEntries(types.map((t) => [t.type, t.percentage]))),
    started: rows.length > 0,
  };
}
export type CompanyPrepView = NonNullable<Awaited<ReturnType<typeof getCompanyPrep>>>;
export type PrepTypeView = CompanyPrepView["types"][number];
