// Placeholder written by the lead engineer so the project compiles: replace this whole file.
import type { Topic } from "@/lib/ai/local/facts/types";

export const FRONTEND_TOPICS: Topic[] = [];
