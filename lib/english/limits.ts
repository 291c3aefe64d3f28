/** Per-user budgets (shared by every instance through PostgreSQL). Linting costs about a second of CPU per 10,000 characters. */
export const ENGLISH_LIMITS = {
  grammar: { points: 300, durationSeconds: 60 * 60 },
  exercises: { points: 120, durationSeconds: 60 * 60 },
} as const;
