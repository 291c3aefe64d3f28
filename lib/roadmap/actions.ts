"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { RoadmapFormSchema, RoadmapIdSchema } from "@/lib/roadmap/schema";
import { createRoadmap, deleteRoadmap, retryRoadmap } from "@/lib/roadmap/service";

// Each roadmap costs a background job and may call Gemini, so users get a budget.
const ROADMAP_LIMIT = { name: "roadmap-generate", points: 20, durationSeconds: 60 * 60 };

export const createRoadmapAction = action(
  {
    schema: RoadmapFormSchema,
    redirectTo: (roadmap: { id: string }) => `/roadmap/${roadmap.id}`,
    revalidate: ["/roadmap"],
    rateLimit: ROADMAP_LIMIT,
  },
  async (input, { user }) => createRoadmap(user.id, input, await now()),
);

export const retryRoadmapAction = action(
  { schema: RoadmapIdSchema, revalidate: ["/roadmap"], rateLimit: ROADMAP_LIMIT },
  async ({ id }, { user }) => retryRoadmap(user.id, id, await now()),
);

export const deleteRoadmapAction = action({ schema: RoadmapIdSchema, revalidate: ["/roadmap"] }, async ({ id }, { user }) =>
  deleteRoadmap(user.id, id),
);
