/** Per-user budgets for the AI endpoints and actions (shared by every instance through PostgreSQL). */
export const AI_LIMITS = {
  questions: { points: 30, durationSeconds: 60 * 60 },
  evaluate: { points: 120, durationSeconds: 60 * 60 },
} as const;
