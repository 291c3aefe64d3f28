import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client/client";
import type { InterviewSort, ListParams } from "@/lib/interviews/schema";

export const PAGE_SIZE = 10;

const LIST_FIELDS = {
  id: true,
  company: true,
  position: true,
  date: true,
  status: true,
  performance: true,
  level: true,
  companySlug: true,
  createdAt: true,
  companyProfile: { select: { name: true, focusAreas: true } },
} as const;

const ORDER: Record<Exclude<InterviewSort, "company">, Prisma.InterviewOrderByWithRelationInput[]> = {
  "date-desc": [{ date: "desc" }, { id: "asc" }],
  "date-asc": [{ date: "asc" }, { id: "asc" }],
  created: [{ createdAt: "desc" }, { id: "asc" }],
};

/**
 * One page of the user's interviews. A page past the end shows the last page,
 * so a link shared before deletions still lands somewhere useful.
 */
export async function listInterviews(userId: string, params: ListParams, pageSize = PAGE_SIZE) {
  const where = { userId, ...(params.status ? { status: params.status } : {}) };
  const total = await db().interview.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(params.page, pageCount);
  const skip = (page - 1) * pageSize;

  let items;
  if (params.sort === "company") {
    // The database collates bytewise ("acme" after "Zeta"), and Prisma cannot
    // order by lower(); pick the page's ids in SQL, then load them.
    const ids = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM interview
      WHERE user_id = ${userId} ${params.status ? Prisma.sql`AND status = ${params.status}::"InterviewStatus"` : Prisma.empty}
      ORDER BY lower(company), date DESC, id
      LIMIT ${pageSize} OFFSET ${skip}`;
    const rows = await db().interview.findMany({
      where: { userId, id: { in: ids.map((row) => row.id) } },
      select: LIST_FIELDS,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    items = ids.flatMap((row) => byId.get(row.id) ?? []);
  } else {
    items = await db().interview.findMany({
      where,
      orderBy: ORDER[params.sort],
      skip,
      take: pageSize,
      select: LIST_FIELDS,
    });
  }
  return { items, total, page, pageCount, pageSize };
}
export type InterviewListItem = Awaited<ReturnType<typeof listInterviews>>["items"][number];

/** One interview with what the detail page shows, or null when it is not this user's. */
export async function getInterview(userId: string, id: string) {
  return db().interview.findFirst({
    where: { id, userId },
    select: {
      ...LIST_FIELDS,
      notes: true,
      askedQuestions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, text: true, type: true, notes: true, createdAt: true },
      },
    },
  });
}
export type InterviewDetail = NonNullable<Awaited<ReturnType<typeof getInterview>>>;


/** The user's personal question list: every question logged from their interviews, newest first. */
export async function listAskedQuestions(userId: string) {
  return db().interviewQuestion.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      text: true,
      type: true,
      notes: true,
      createdAt: true,
      interview: { select: { id: true, company: true, position: true, date: true } },
    },
  });
}
export type AskedQuestion = Awaited<ReturnType<typeof listAskedQuestions>>[number];
