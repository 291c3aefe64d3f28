/** Per-user budgets for D-ID talks: each costs D-ID credits; polls are cheap but bounded. */
export const AVATAR_LIMITS = {
  talks: { points: 60, durationSeconds: 60 * 60 },
  polls: { points: 1200, durationSeconds: 60 * 60 },
} as const;
