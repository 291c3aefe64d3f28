import { describe, expect, it } from "vitest";
import { formatTable, percentile, ratio, summarize, unexpected5xx, type Sample } from "../../scripts/lib/load-stats";

const sample = (endpoint: string, ms: number, status = 200): Sample => ({ endpoint, ms, status, ok: status < 300, at: 0 });

describe("load figures", () => {
  it("takes nearest-rank percentiles: always a latency that was observed", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([3, 7, 9], 50)).toBe(7);
    expect(percentile([3, 7, 9], 99)).toBe(9);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });

  it("divides by the baseline only when it is a positive number", () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(30, Number.NaN)).toBeNull();
  });

  it("summarizes per endpoint with errors, statuses and the ratio against the do-nothing handler", () => {
    const samples = [
      ...[2, 4, 6, 8].map((ms) => sample("ping", ms)),
      ...[10, 20, 30, 40].map((ms) => sample("grammar", ms)),
      sample("grammar", 500, 503),
    ];
    const [ping, grammar] = summarize(samples, "ping");
    expect(ping).toMatchObject({ endpoint: "ping", count: 4, errors: 0, p50: 4, p95: 8, ratioP50: 1, ratioP95: 1 });
    expect(grammar).toMatchObject({ endpoint: "grammar", count: 5, errors: 1, p50: 30, p95: 500, p99: 500, statuses: { "200": 4, "503": 1 } });
    expect(grammar!.ratioP50).toBeCloseTo(7.5);
    expect(grammar!.ratioP95).toBeCloseTo(62.5);
  });

  it("leaves the ratio out when the baseline was not measured", () => {
    expect(summarize([sample("grammar", 10)], "ping")[0]!.ratioP50).toBeNull();
  });

  it("counts 5xx as unexpected unless the scenario expects them", () => {
    const samples = [sample("a", 1, 500), sample("a", 1, 503), sample("a", 1, 404), sample("a", 1, 200)];
    expect(unexpected5xx(samples)).toHaveLength(2);
    expect(unexpected5xx(samples, (s) => s.status === 503).map((s) => s.status)).toEqual([500]);
  });

  it("prints one table row per endpoint", () => {
    const table = formatTable(summarize([sample("ping", 2), sample("grammar", 10)], "ping"));
    expect(table.split("\n")).toHaveLength(4);
    expect(table).toContain("| grammar | 1 | 0 | 10 | 10 | 10 | 5.0× | 5.0× | 1×200 |");
  });
});
