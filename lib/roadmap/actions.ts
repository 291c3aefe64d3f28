"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { consume } from "@/lib/rate-limit";
import { RoadmapFormSchema, RoadmapIdSchema } from "@/lib/roadmap/schema";
import { createRoadmap, deleteRoadmap, retryRoadmap } from "@/lib/roadmap/service";

// Each roadmap costs a background job and may call Gemini, so users get a budget.
const ROADMAP_LIMIT = { points: 20, durationSeconds: 60 * 60 };

export const createRoadmapAction = action(
  { schema: RoadmapFormSchema, redirectTo: (roadmap: { id: string }) => `/roadmap/${roadmap.id}`, revalidate: ["/roadmap"] },
  async (input, { user }) => {
    await consume("roadmap-generate", user.id, ROADMAP_LIMIT);
    return createRoadmap(user.id, input, await now());
  },
);

export const retryRoadmapAction = action(
  { schema: RoadmapIdSchema, revalidate: ["/roadmap"] },
  async ({ id }, { user }) => {
    await consume("roadmap-generate", user.id, ROADMAP_LIMIT);
    return retryRoadmap(user.id, id, await now());
  },
);

export const deleteRoadmapAction = action({ schema: RoadmapIdSchema, revalidate: ["/roadmap"] }, async ({ id }, { user }) =>
  deleteRoadmap(user.id, id),
);
