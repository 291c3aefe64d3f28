import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { envValue } from "@/lib/env-schema";

// Rate limits live in PostgreSQL (table rate_limit, created by a migration) so
// every app instance sharing the database enforces the same budget.

export type LimitSpec = { points: number; durationSeconds: number; blockSeconds?: number };

export const LIMITS = {
  /** Failed logins from one address. */
  loginPerIp: { points: 30, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed logins for one email. */
  loginPerAccount: { points: 10, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  register: { points: 20, durationSeconds: 60 * 60 },
  upload: { points: 30, durationSeconds: 60 * 60 },
} satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMITS | (string & {});

/**
 * A budget as the action and route wrappers take it: a name from LIMITS alone (`{ name: "upload" }`),
 * or any name with its own spec spread in (`AI_EVALUATE_LIMIT` in lib/ai/limits.ts).
 */
export type NamedLimit = { name: keyof typeof LIMITS } | ({ name: LimitName } & LimitSpec);

const limiters = new Map<string, RateLimiterPostgres>();

function limiter(name: string, spec: LimitSpec): RateLimiterPostgres {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: name,
      points: spec.points,
      duration: spec.durationSeconds,
      blockDuration: spec.blockSeconds ?? 0,
    });
    limiters.set(name, found);
  }
  return found;
}

// Operators may raise every budget at once (a load test, a trusted kiosk); never lowered below 1×.
const SCALE = Math.max(1, envValue("RATE_LIMIT_SCALE"));

function specFor(name: LimitName, spec?: LimitSpec): LimitSpec {
  const known = (LIMITS as Record<string, LimitSpec>)[name];
  const chosen = spec ?? known;
  if (!chosen) throw new Error(`Unknown rate limit "${name}"`);
  return { ...chosen, points: Math.round(chosen.points * SCALE) };
}

/** Spends one point for `key`; throws RateLimitedError when the budget is gone. */
export async function consume(name: LimitName, key: string, spec?: LimitSpec): Promise<void> {
  try {
    await limiter(name, specFor(name, spec)).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    }
    throw error;
  }
}

/** consume() for a NamedLimit: spends one point of its budget for `key`. */
export async function spend(limit: NamedLimit, key: string): Promise<void> {
  if (!("points" in limit)) return consume(limit.name, key);
  const { points, durationSeconds, blockSeconds } = limit;
  return consume(limit.name, key, { points, durationSeconds, blockSeconds });
}

/** Throws RateLimitedError when `key` has already spent its budget, without spending a point. */
export async function ensureNotBlocked(name: LimitName, key: string, spec?: LimitSpec): Promise<void> {
  const chosen = specFor(name, spec);
  const state = await limiter(name, chosen).get(key);
  if (state && state.consumedPoints >= chosen.points) {
    throw new RateLimitedError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  }
}

/** Forgets a key's spent points (a successful login clears its failures). */
export async function reset(name: LimitName, key: string, spec?: LimitSpec): Promise<void> {
  await limiter(name, specFor(name, spec)).delete(key);
}
