import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { PrepTopicsSchema, RoundsSchema } from "@/lib/companies/schema";

// Company profiles are shared reference data (seeded), so these reads take no user id.

/** Every profile for a picker, by name. */
export async function listCompanyProfiles() {
  return db().companyProfile.findMany({ select: { slug: true, name: true, industry: true }, orderBy: { name: "asc" } });
}

/** A profile by slug or by name (any case), with what question generation needs. */
export async function findCompany(nameOrSlug: string) {
  const value = nameOrSlug.trim();
  return db().companyProfile.findFirst({
    where: { OR: [{ slug: value.toLowerCase() }, { name: { equals: value, mode: "insensitive" } }] },
    select: { slug: true, name: true, values: true, focusAreas: true, interviewStyle: true },
  });
}

/** One full profile with its JSON columns validated, or null for an unknown slug. Cached per request. */
export const getCompanyProfile = cache(async (slug: string) => {
  const company = await db().companyProfile.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      industry: true,
      headquarters: true,
      values: true,
      interviewStyle: true,
      rounds: true,
      focusAreas: true,
      tips: true,
      prepTopics: true,
    },
  });
  if (!company) return null;
  return { ...company, rounds: RoundsSchema.parse(company.rounds), prepTopics: PrepTopicsSchema.parse(company.prepTopics) };
});
export type CompanyProfileView = NonNullable<Awaited<ReturnType<typeof getCompanyProfile>>>;

/** Just what checking a topic needs: the name and the checklists. */
export async function getCompanyChecklists(slug: string) {
  const company = await db().companyProfile.findUnique({ where: { slug }, select: { slug: true, name: true, prepTopics: true } });
  return company ? { ...company, prepTopics: PrepTopicsSchema.parse(company.prepTopics) } : null;
}
