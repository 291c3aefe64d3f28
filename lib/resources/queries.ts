import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client/client";
import { GUIDE_SLUG, type GuideFilter } from "@/lib/resources/schema";

// Guides are shared reference data (seeded from prisma/data/guides), so these reads take no user id.

export type GuideCard = {
  slug: string;
  title: string;
  topic: string;
  level: string;
  summary: string;
  readingMinutes: number;
};

const LEVEL_ORDER = Prisma.sql`CASE level WHEN 'beginner' THEN 0 WHEN 'intermediate' THEN 1 WHEN 'advanced' THEN 2 ELSE 3 END`;

// Title words weigh most, then the summary, then the body.
const DOCUMENT = Prisma.sql`(
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', summary), 'B') ||
  setweight(to_tsvector('english', body), 'C')
)`;

/** `%` and `_` typed by the user are literal characters, not wildcards. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The library, filtered by topic and level and searched by `q`. A guide matches
 * when PostgreSQL full-text search finds the query's words (stemmed, so
 * "negotiating" finds "negotiation"; websearch syntax, so "quotes" and -words
 * work) anywhere in the title, summary or body, or when its title or summary
 * contains the text as typed (so a half-typed word still finds a title).
 * Ranked by weighted ts_rank: title hits above summary hits above body hits.
 * Without a query: beginner guides first, then by title.
 */
export async function searchGuides(filter: GuideFilter): Promise<GuideCard[]> {
  const conditions: Prisma.Sql[] = [];
  if (filter.topic) conditions.push(Prisma.sql`topic = ${filter.topic}`);
  if (filter.level) conditions.push(Prisma.sql`level = ${filter.level}`);
  const q = filter.q;
  if (q) {
    const pattern = containing(q);
    conditions.push(
      Prisma.sql`(${DOCUMENT} @@ websearch_to_tsquery('english', ${q}) OR title ILIKE ${pattern} OR summary ILIKE ${pattern})`,
    );
  }
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const order = q
    ? Prisma.sql`ts_rank(${DOCUMENT}, websearch_to_tsquery('english', ${q})) + CASE WHEN title ILIKE ${containing(q)} THEN 1 ELSE 0 END DESC, title`
    : Prisma.sql`${LEVEL_ORDER}, title`;
  return db().$queryRaw<GuideCard[]>`
    SELECT slug, title, topic, level, summary, reading_minutes AS "readingMinutes"
    FROM guide
    ${where}
    ORDER BY ${order}
  `;
}

/** One guide with its Markdown body, or null for an unknown slug. Cached per request (metadata and page). */
export const getGuide = cache(async (slug: string) => {
  if (!GUIDE_SLUG.test(slug)) return null;
  return db().guide.findUnique({
    where: { slug },
    select: { slug: true, title: true, topic: true, level: true, summary: true, readingMinutes: true, body: true },
  });
});
export type GuideView = NonNullable<Awaited<ReturnType<typeof getGuide>>>;

/** Other guides on the same topic. */
export async function listRelatedGuides(guide: { slug: string; topic: string }, limit = 3): Promise<GuideCard[]> {
  return db().guide.findMany({
    where: { topic: guide.topic, slug: { not: guide.slug } },
    select: { slug: true, title: true, topic: true, level: true, summary: true, readingMinutes: true },
    orderBy: { title: "asc" },
    take: limit,
  });
}
