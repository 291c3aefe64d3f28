// What a simulated user of `npm run load` does, as data: the activities of
// issue #17 with how often a user picks each between pauses. The requests each
// activity makes live in scripts/lib/virtual-user.ts; this file stays pure so
// the mix itself can be unit-tested.

export const ACTIVITIES = [
  "login",
  "dashboard",
  "interview",
  "grammar",
  "resume",
  "avatar",
  "share-view",
  "dsa-queue",
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** The do-nothing handler, timed inside the mix so every figure has a baseline from the same moment. */
export const BASELINE = "GET /api/bench/ping";

export type MixStep = Activity | "ping";

/**
 * Relative weights of the steps a user picks after logging in. Interviews and the
 * pages a student checks between them dominate; uploads are rarer because each
 * one is a file. A re-login stands for a second device or an expired session.
 */
export const WEIGHTS: Readonly<Record<MixStep, number>> = {
  login: 0.3,
  dashboard: 2,
  interview: 3,
  grammar: 2,
  resume: 0.7,
  avatar: 0.8,
  "share-view": 2,
  "dsa-queue": 2,
  ping: 2,
};

/** Picks a step by weight; `random` is a number in [0, 1). */
export function pickStep(random: number, weights: Readonly<Record<MixStep, number>> = WEIGHTS): MixStep {
  const entries = Object.entries(weights) as [MixStep, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let left = random * total;
  for (const [step, weight] of entries) {
    if (left < weight) return step;
    left -= weight;
  }
  return entries[entries.length - 1]![0];
}

/** A small seeded generator (mulberry32), so a run's sequence of steps can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A pause between steps: uniformly 0.5× to 1.5× the mean, like a person reading before the next click. */
export function thinkTime(meanMs: number, random: number): number {
  return Math.round(meanMs * (0.5 + random));
}

/** Endpoints whose answers are JSON (the 300 ms p95 goal); pages and server actions render React. */
export function isJsonRoute(endpoint: string): boolean {
  return /^(GET|POST) \/api\//.test(endpoint);
}
