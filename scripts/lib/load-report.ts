// Prints the figures of one load run and checks its goals: per-endpoint p50,
// p95, p99 and errors with the ratio against the do-nothing handler, the p95
// goal of the JSON routes, unexpected 5xx, and the lost-write check.
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./app-env";
import { BASELINE, isJsonRoute } from "./load-mix";
import type { LoadResult } from "./load-run";
import { formatTable, summarize, unexpected5xx, type Sample } from "./load-stats";
import { findLost, readStored } from "./lost-writes";

/** The goal of issue #17 for JSON routes on this 2-core machine. */
export const JSON_P95_GOAL_MS = 300;

/** `uptime`'s load averages: the machine is shared, so every figure is printed with them. */
export function uptime(): string {
  return execSync("uptime").toString().trim();
}

export async function reportRun(options: {
  name: string;
  result: LoadResult;
  databaseUrl: string;
  storageDir: string;
  uptimeBefore: string;
  /** 5xx answers this scenario expects (503 during a database outage); any other 5xx fails the run. */
  expected5xx?: (sample: Sample) => boolean;
  /** Faults slow everything on purpose; only the plain runs are held to the latency goal. */
  latencyGoal: boolean;
}): Promise<string[]> {
  const { result, name } = options;
  const failures: string[] = [];
  const stats = summarize(result.samples, BASELINE);
  const seconds = (result.endedAt - result.startedAt) / 1000;
  console.log(`\n${name}: ${result.samples.length} requests in ${seconds.toFixed(0)} s (${(result.samples.length / seconds).toFixed(1)} req/s)`);
  console.log(`  uptime before: ${options.uptimeBefore}`);
  console.log(`  uptime after:  ${uptime()}`);
  console.log(formatTable(stats));

  const slow = stats.filter((s) => isJsonRoute(s.endpoint) && s.endpoint !== BASELINE && s.p95 > JSON_P95_GOAL_MS);
  const slowNames = slow.map((s) => `${s.endpoint} ${Math.round(s.p95)} ms`).join(", ");
  if (options.latencyGoal && slow.length > 0) failures.push(`${name}: JSON routes over the ${JSON_P95_GOAL_MS} ms p95 goal: ${slowNames}`);
  const bad = unexpected5xx(result.samples, options.expected5xx);
  if (bad.length > 0) {
    const by = new Map<string, number>();
    for (const s of bad) by.set(`${s.endpoint} → ${s.status}`, (by.get(`${s.endpoint} → ${s.status}`) ?? 0) + 1);
    failures.push(`${name}: ${bad.length} unexpected 5xx (${[...by].map(([k, n]) => `${n}× ${k}`).join(", ")})`);
  }

  const stored = await readStored(options.databaseUrl, options.storageDir, result.acked);
  const lost = findLost(result.acked, stored);
  const kinds = ["answer", "chunk", "upload"] as const;
  const counts = kinds.map((kind) => `${result.acked.filter((w) => w.kind === kind).length} ${kind}s`).join(", ");
  console.log(`  acknowledged writes: ${counts}; lost or altered: ${lost.length}`);
  for (const write of lost.slice(0, 10)) console.log(`    ${write.reason}: ${write.kind} ${write.key}`);
  if (lost.length > 0) failures.push(`${name}: ${lost.length} acknowledged writes lost or altered`);
  for (const kind of kinds) if (!result.acked.some((w) => w.kind === kind)) failures.push(`${name}: no ${kind} was acknowledged, so the mix did not exercise it`);

  const dir = join(ROOT, ".data", "load");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.json`);
  writeFileSync(file, JSON.stringify({ name, at: new Date().toISOString(), uptimeBefore: options.uptimeBefore, uptimeAfter: uptime(), stats, lost, acked: result.acked.length }, null, 2));
  for (const failure of failures) console.log(`  FAIL ${failure}`);
  if (failures.length === 0) console.log("  ok: goals met, every acknowledged write is stored byte for byte");
  return failures;
}
