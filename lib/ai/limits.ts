import type { NamedLimit } from "@/lib/rate-limit";

/**
 * Per-user budgets for the AI endpoints and actions (shared by every instance through PostgreSQL).
 * Routes and actions pass these to their wrapper's `rateLimit` option, so a page and its API
 * spend from the same budget.
 */
export const AI_QUESTIONS_LIMIT = {
  name: "ai-questions",
  points: 30,
  durationSeconds: 60 * 60,
} as const satisfies NamedLimit;
export const AI_EVALUATE_LIMIT = {
  name: "ai-evaluate",
  points: 120,
  durationSeconds: 60 * 60,
} as const satisfies NamedLimit;
/** Transcriptions are a few per answer at most; each can be up to 25 MB of audio sent to the provider. */
export const TRANSCRIBE_LIMIT = {
  name: "transcribe",
  points: 60,
  durationSeconds: 60 * 60,
} as const satisfies NamedLimit;
/** One follow-up per answer at most twice, so the budget matches evaluation's. */
export const AI_FOLLOW_UP_LIMIT = {
  name: "ai-follow-up",
  points: 120,
  durationSeconds: 60 * 60,
} as const satisfies NamedLimit;
