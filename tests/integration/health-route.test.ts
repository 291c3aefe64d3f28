import { describe, expect, it, vi } from "vitest";

const up = vi.hoisted(() => ({ value: true }));
vi.mock("@/lib/health/queries", () => ({ databaseIsUp: async () => up.value }));

const { GET } = await import("@/app/api/health/route");

describe("GET /api/health", () => {
  it("answers 200 with {status, db, version, time} when the database is up", async () => {
    up.value = true;
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["db", "status", "time", "version"]);
    expect(body).toMatchObject({ status: "ok", db: "up" });
  });

  it("answers 503 with db: down when it is not", async () => {
    up.value = false;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", db: "down" });
  });
});
