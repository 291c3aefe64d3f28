import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { matchTemplate } from "@/lib/roadmap/match";
import type { RoadmapForm } from "@/lib/roadmap/schema";
import { loadTemplates } from "@/lib/roadmap/templates";

/** YYYY-MM-DD of a moment, in UTC (the plan counts whole days). */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * Stores the roadmap (queued) and its generation job in ONE transaction: pg-boss
 * writes the job through the same connection, so either both exist or neither
 * does. `startDate` is the plan's first day, taken from the request's clock.
 */
export async function createRoadmap(userId: string, input: RoadmapForm, startDate: Date): Promise<{ id: string }> {
  // Checked here, not only in the job, so an unknown role is a field error on the form.
  if (!matchTemplate(input.targetRole, await loadTemplates())) {
    throw new InvalidInputError("We have no roadmap for that role yet.", {
      targetRole: ["We have no roadmap close to that role. Choose one from the list."],
    });
  }
  return db().$transaction(async (tx) => {
    const roadmap = await tx.careerRoadmap.create({
      data: {
        userId,
        currentRole: input.currentRole,
        targetRole: input.targetRole,
        skills: input.skills,
        experienceYears: input.experienceYears,
        status: "queued",
        progress: 0,
        stage: "Waiting for a worker to pick this up",
      },
      select: { id: true },
    });
    const jobId = await enqueue("roadmap-generate", { roadmapId: roadmap.id, userId, startDate: dayOf(startDate) }, { tx });
    await tx.careerRoadmap.update({ where: { id: roadmap.id, userId }, data: { jobId } });
    return roadmap;
  });
}

/** Queues a failed roadmap again, with a fresh job (same transaction rule as createRoadmap). */
export async function retryRoadmap(userId: string, id: string, startDate: Date): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const reset = await tx.careerRoadmap.updateMany({
      where: { id, userId, status: "failed" },
      data: { status: "queued", progress: 0, stage: "Waiting for a worker to pick this up", error: null, completedAt: null },
    });
    if (reset.count === 0) {
      const exists = await tx.careerRoadmap.findFirst({ where: { id, userId }, select: { id: true } });
      if (!exists) throw new NotFoundError("That roadmap does not exist");
      return { id }; // already queued, running or done: nothing to retry
    }
    const jobId = await enqueue("roadmap-generate", { roadmapId: id, userId, startDate: dayOf(startDate) }, { tx });
    await tx.careerRoadmap.updateMany({ where: { id, userId }, data: { jobId } });
    return { id };
  });
}

/** Deletes one of the user's roadmaps; a job still queued for it finds nothing to do. */
export async function deleteRoadmap(userId: string, id: string): Promise<void> {
  const deleted = await db().careerRoadmap.deleteMany({ where: { id, userId } });
  if (deleted.count === 0) throw new NotFoundError("That roadmap does not exist");
}
