import { describe, expect, it } from "vitest";
import { ACTIVITIES, BASELINE, WEIGHTS, isJsonRoute, pickStep, seededRandom, thinkTime } from "../../scripts/lib/load-mix";

describe("the load mix (issue #17)", () => {
  it("covers the issue's eight activities, each with a chance of being picked", () => {
    expect([...ACTIVITIES].sort()).toEqual(["avatar", "dashboard", "dsa-queue", "grammar", "interview", "login", "resume", "share-view"]);
    for (const activity of ACTIVITIES) expect(WEIGHTS[activity]).toBeGreaterThan(0);
  });

  it("picks every activity over a run, in proportion to its weight", () => {
    const random = seededRandom(7);
    const counts = new Map<string, number>();
    const picks = 30_000;
    for (let i = 0; i < picks; i++) {
      const step = pickStep(random());
      counts.set(step, (counts.get(step) ?? 0) + 1);
    }
    const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
    for (const [step, weight] of Object.entries(WEIGHTS)) {
      expect(counts.get(step) ?? 0).toBeGreaterThan(0);
      expect((counts.get(step) ?? 0) / picks).toBeCloseTo(weight / total, 1);
    }
  });

  it("maps the ends of [0, 1) to the first and last steps", () => {
    expect(pickStep(0)).toBe("login");
    expect(pickStep(0.999999)).toBe("ping");
  });

  it("repeats a run's sequence for the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, () => a())).toEqual(Array.from({ length: 5 }, () => b()));
  });

  it("pauses between half and one and a half times the mean", () => {
    expect(thinkTime(4000, 0)).toBe(2000);
    expect(thinkTime(4000, 0.999)).toBeLessThan(6000);
  });

  it("holds the API routes, not pages or actions, to the JSON latency goal", () => {
    expect(isJsonRoute("POST /api/english/grammar")).toBe(true);
    expect(isJsonRoute(BASELINE)).toBe(true);
    expect(isJsonRoute("GET /dashboard")).toBe(false);
    expect(isJsonRoute("action uploadResume (POST /resume)")).toBe(false);
  });
});
