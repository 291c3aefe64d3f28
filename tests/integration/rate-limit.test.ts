import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { consume } from "@/lib/rate-limit";
import { RateLimitedError } from "@/lib/errors";
import { pool } from "@/lib/db";

describe("rate limits in PostgreSQL", () => {
  it("refuses past the budget with a Retry-After in seconds", async () => {
    const key = randomUUID();
    const spec = { points: 3, durationSeconds: 60 };
    for (let i = 0; i < 3; i++) await consume("test-budget", key, spec);
    const error = await consume("test-budget", key, spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("shares one budget between separate app instances (separate pools)", async () => {
    const key = randomUUID();
    const spec = { points: 4, durationSeconds: 60 };
    // A second "instance": its own connection pool and limiter object on the same database.
    const otherPool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    const other = new RateLimiterPostgres({
      storeClient: otherPool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: "test-shared",
      points: spec.points,
      duration: spec.durationSeconds,
    });
    try {
      await consume("test-shared", key, spec);
      await consume("test-shared", key, spec);
      await other.consume(key);
      await other.consume(key);
      await expect(consume("test-shared", key, spec)).rejects.toBeInstanceOf(RateLimitedError);
      const stored = await pool().query("SELECT points FROM rate_limit WHERE key = $1", [`test-shared:${key}`]);
      expect(stored.rows[0]?.points).toBeGreaterThanOrEqual(4);
    } finally {
      await otherPool.end();
    }
  });
});
