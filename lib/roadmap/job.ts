import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { failureReason, remoteAi } from "@/lib/ai";
import type { RoadmapJobData } from "@/lib/jobs/queues";
import { buildRoadmap } from "@/lib/roadmap/adapt";
import { applyRefinement, createRoadmapRefiner, type RoadmapRefiner } from "@/lib/roadmap/refine";
import { matchTemplate } from "@/lib/roadmap/match";
import { RoadmapResultSchema, type RoadmapResult } from "@/lib/roadmap/schema";
import { loadTemplates } from "@/lib/roadmap/templates";

// The background job that builds a roadmap. It reports each stage on the row
// (the page polls it), and is safe to run more than once: only a roadmap still
// queued or running is worked on, and every write checks that it still is, so a
// retry after a crash, a second instance or a duplicate job changes nothing
// once the roadmap is done (or deleted).

export const STAGES = {
  matching: { progress: 10, text: "Matching your target role to a curated template" },
  adapting: { progress: 35, text: "Adapting milestones to your skills and experience" },
  refining: { progress: 60, text: "Refining the plan with AI" },
  saving: { progress: 90, text: "Saving your roadmap" },
} as const;
export type Stage = keyof typeof STAGES;

export type JobMeta = { id: string; retryCount: number; retryLimit: number };

/** A failure that another attempt cannot fix; the message is shown to the user. */
class PermanentFailure extends Error {}
/** The roadmap is no longer ours to work on (deleted, or finished elsewhere). */
class NothingToDo extends Error {}

const ACTIVE = { in: ["queued" as const, "running" as const] };

let refiner: (RoadmapRefiner & { by: { source: "gemini" | "openai"; model: string } }) | null | undefined;
function roadmapRefiner() {
  if (refiner === undefined) {
    const ai = remoteAi();
    refiner = ai ? { ...createRoadmapRefiner(ai), by: { source: ai.source, model: ai.model } } : null;
  }
  return refiner;
}

async function markFailed(data: RoadmapJobData, message: string): Promise<void> {
  await db().careerRoadmap.updateMany({
    where: { id: data.roadmapId, userId: data.userId, status: ACTIVE },
    data: { status: "failed", stage: null, error: message, completedAt: new Date() },
  });
}

export async function runRoadmapJob(
  data: RoadmapJobData,
  meta: JobMeta,
  hooks: { onStage?: (stage: Stage) => Promise<void> } = {},
): Promise<void> {
  const where = { id: data.roadmapId, userId: data.userId };
  const row = await db().careerRoadmap.findFirst({
    where: { ...where, status: ACTIVE },
    select: { currentRole: true, targetRole: true, skills: true, experienceYears: true },
  });
  if (!row) return;

  const enter = async (stage: Stage) => {
    await hooks.onStage?.(stage);
    const { progress, text } = STAGES[stage];
    const updated = await db().careerRoadmap.updateMany({
      where: { ...where, status: ACTIVE },
      data: { status: "running", progress, stage: text, error: null },
    });
    if (updated.count === 0) throw new NothingToDo();
  };

  try {
    await enter("matching");
    const templates = await loadTemplates();
    const target = matchTemplate(row.targetRole, templates);
    if (!target) {
      throw new PermanentFailure(`We have no roadmap template close to “${row.targetRole}”. Start again and choose a role from the list.`);
    }
    const from = matchTemplate(row.currentRole, templates);

    await enter("adapting");
    const input = { currentRole: row.currentRole, targetRole: row.targetRole, skills: row.skills, experienceYears: row.experienceYears };
    let result: RoadmapResult = buildRoadmap(target, from, { ...input, startDate: data.startDate });

    const ai = roadmapRefiner();
    if (ai) {
      await enter("refining");
      try {
        result = applyRefinement(result, await ai.refine(result, input), ai.by);
      } catch (error) {
        const reason = failureReason(error);
        logger.warn({ reason, provider: ai.by.source, roadmapId: data.roadmapId }, "AI roadmap refinement failed; keeping the local roadmap");
        result = { ...result, fallbackReason: reason };
      }
    }

    await enter("saving");
    const stored = RoadmapResultSchema.parse(result);
    await db().careerRoadmap.updateMany({
      where: { ...where, status: "running" },
      data: { status: "done", progress: 100, stage: "Done", result: stored, source: stored.source, error: null, completedAt: new Date() },
    });
  } catch (error) {
    if (error instanceof NothingToDo) return;
    if (error instanceof PermanentFailure) {
      await markFailed(data, error.message);
      return;
    }
    logger.error({ err: error, roadmapId: data.roadmapId, attempt: meta.retryCount + 1 }, "roadmap job failed");
    if (meta.retryCount >= meta.retryLimit) {
      await markFailed(data, "We could not build this roadmap after several attempts. Please try again in a few minutes.");
    } else {
      await db().careerRoadmap.updateMany({
        where: { ...where, status: ACTIVE },
        data: { stage: `Something went wrong; trying again (attempt ${meta.retryCount + 2} of ${meta.retryLimit + 1})…` },
      });
    }
    // pg-boss records the failure and schedules the retry.
    throw error;
  }
}

/**
 * For jobs that ran out of attempts without reaching the handler's own failure
 * path (the process died mid-job every time, so pg-boss expired them).
 */
export async function abandonRoadmapJob(data: RoadmapJobData): Promise<void> {
  await markFailed(data, "Building this roadmap was interrupted several times (the server restarted). Please try again.");
}
