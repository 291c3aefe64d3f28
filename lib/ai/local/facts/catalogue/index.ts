import type { Topic } from "@/lib/ai/local/facts/types";
import { BACKEND_TOPICS } from "@/lib/ai/local/facts/catalogue/backend";
import { INFRASTRUCTURE_TOPICS, SCALING_TOPIC } from "@/lib/ai/local/facts/catalogue/infrastructure";
import { FRONTEND_TOPICS } from "@/lib/ai/local/facts/catalogue/frontend";
import { DATA_TOPICS } from "@/lib/ai/local/facts/catalogue/data";

/** Every topic whose facts the local evaluator can check, written for this project. */
export const TOPICS: readonly Topic[] = [
  ...BACKEND_TOPICS,
  ...INFRASTRUCTURE_TOPICS,
  ...FRONTEND_TOPICS,
  ...DATA_TOPICS,
  SCALING_TOPIC,
];

export { SCALING_TOPIC };
