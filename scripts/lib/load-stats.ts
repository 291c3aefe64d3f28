// Pure figures of a load run: percentiles per endpoint and the ratio against the
// do-nothing handler measured in the same run. The machine is shared, so the
// ratio, not the absolute milliseconds, is what compares across runs.

/** One timed request as a virtual user saw it. */
export type Sample = {
  endpoint: string;
  ms: number;
  /** HTTP status; 0 when the request never got an answer (connection refused or reset). */
  status: number;
  /** Whether the status was one this step may answer with (a 2xx, or a 303 redirect of a server action). */
  ok: boolean;
  /** When the request started (epoch ms), so a fault's window can be told apart. */
  at: number;
};

export type EndpointStats = {
  endpoint: string;
  count: number;
  errors: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  /** p50 and p95 divided by the do-nothing handler's in the same run (null when it was not measured). */
  ratioP50: number | null;
  ratioP95: number | null;
};

/**
 * Nearest-rank percentile of ascending `sorted` values: the smallest value with at
 * least p % of the samples at or below it. Chosen over interpolation because it is
 * always a latency that was really observed. NaN for no samples.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

/** a ÷ b, or null when b is not a positive number (no baseline, or a baseline of 0 ms). */
export function ratio(a: number, b: number): number | null {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null;
}

/** Per-endpoint figures, in the order endpoints first appeared; `baseline` names the do-nothing handler. */
export function summarize(samples: readonly Sample[], baseline: string): EndpointStats[] {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const group = groups.get(sample.endpoint);
    if (group) group.push(sample);
    else groups.set(sample.endpoint, [sample]);
  }
  const latencies = (group: readonly Sample[]) => group.map((s) => s.ms).sort((a, b) => a - b);
  const base = latencies(groups.get(baseline) ?? []);
  const baseP50 = percentile(base, 50);
  const baseP95 = percentile(base, 95);
  return [...groups].map(([endpoint, group]) => {
    const sorted = latencies(group);
    const statuses: Record<string, number> = {};
    for (const s of group) statuses[String(s.status)] = (statuses[String(s.status)] ?? 0) + 1;
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    return {
      endpoint,
      count: group.length,
      errors: group.filter((s) => !s.ok).length,
      statuses,
      p50,
      p95,
      p99: percentile(sorted, 99),
      ratioP50: ratio(p50, baseP50),
      ratioP95: ratio(p95, baseP95),
    };
  });
}

/** Responses of 500 and above, except those `expected` allows (a 503 while the database is down). */
export function unexpected5xx(samples: readonly Sample[], expected: (sample: Sample) => boolean = () => false): Sample[] {
  return samples.filter((s) => s.status >= 500 && !expected(s));
}

/** A Markdown table of the figures, as docs/performance.md records them. */
export function formatTable(stats: readonly EndpointStats[]): string {
  const ms = (value: number) => (Number.isNaN(value) ? "–" : `${Math.round(value)}`);
  const x = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)}×`);
  const lines = [
    "| Endpoint | Requests | Errors | p50 ms | p95 ms | p99 ms | p50 ÷ ping | p95 ÷ ping | Statuses |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const s of stats) {
    const statuses = Object.entries(s.statuses)
      .map(([status, n]) => `${n}×${status}`)
      .join(" ");
    lines.push(`| ${s.endpoint} | ${s.count} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${x(s.ratioP50)} | ${x(s.ratioP95)} | ${statuses} |`);
  }
  return lines.join("\n");
}
