import "server-only";
import { db } from "@/lib/db";
import { RoadmapResultSchema } from "@/lib/roadmap/schema";

const PAGE_SIZE = 20;

const STATUS_FIELDS = { id: true, status: true, progress: true, stage: true, error: true } as const;

/** The user's roadmaps, newest first. */
export async function listRoadmaps(userId: string, page = 1) {
  return db().careerRoadmap.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { ...STATUS_FIELDS, currentRole: true, targetRole: true, experienceYears: true, source: true, createdAt: true },
  });
}
export type RoadmapListItem = Awaited<ReturnType<typeof listRoadmaps>>[number];

/** What the progress poll needs, or null when the roadmap is not this user's. */
export async function getRoadmapStatus(userId: string, id: string) {
  return db().careerRoadmap.findFirst({ where: { id, userId }, select: STATUS_FIELDS });
}
export type RoadmapStatus = NonNullable<Awaited<ReturnType<typeof getRoadmapStatus>>>;

/** One roadmap with its parsed result, or null when it is not this user's. */
export async function getRoadmap(userId: string, id: string) {
  const row = await db().careerRoadmap.findFirst({
    where: { id, userId },
    select: {
      ...STATUS_FIELDS,
      currentRole: true,
      targetRole: true,
      skills: true,
      experienceYears: true,
      source: true,
      result: true,
      createdAt: true,
      completedAt: true,
    },
  });
  if (!row) return null;
  // A result that no longer parses (an old shape) is shown as missing, not as a crash.
  return { ...row, result: row.result === null ? null : (RoadmapResultSchema.safeParse(row.result).data ?? null) };
}
export type RoadmapView = NonNullable<Awaited<ReturnType<typeof getRoadmap>>>;
