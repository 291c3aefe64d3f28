// `npm run load:faults`: the full mix of `npm run load` (scripts/lib/load-mix.ts)
// under three faults, each on a fresh production server and database, loopback only:
//  1. PostgreSQL restarted mid-load: requests during the outage answer 503, the
//     app recovers by itself, every acknowledged write is stored.
//  2. The Gemini fake hangs mid-load: answers are still saved, scored locally and
//     labelled with the reason.
//  3. Two app instances on one database behind a round-robin proxy, one killed
//     mid-load: the other carries on, every acknowledged write is stored.
// `npm run load:faults -- db|gemini|instances` runs one.
import pg from "pg";
import { startTestServer, waitForHealth, type TestServer } from "./lib/test-server";
import { startProxy } from "./lib/proxy";
import { createUsers, sessionCookie } from "./lib/load-users";
import { runLoad, type LoadResult } from "./lib/load-run";
import { reportRun, uptime } from "./lib/load-report";
import type { Sample } from "./lib/load-stats";
import { startFakeGemini } from "../tests/fakes/gemini-server";

const USERS = Number(process.env.FAULT_USERS ?? 300);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 60);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 10_000);
const RAMP_MS = 15_000;
/** The fault strikes a third of the way through the measured part of the run. */
const FAULT_AT_MS = RAMP_MS + (SECONDS * 1000) / 3;
const BASE = { BENCH: "1", LOG_LEVEL: "error" };
const failures: string[] = [];

function check(ok: boolean, message: string) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures.push(message);
}

/** Runs the mix on `server` (through `url`) and strikes `fault` FAULT_AT_MS after the measured run starts. */
async function load(server: TestServer, fault: () => void, url = server.url): Promise<{ result: LoadResult; uptimeBefore: string }> {
  await waitForHealth(server.url);
  const [emails, warmupEmails] = await Promise.all([createUsers(server.databaseUrl, USERS), createUsers(server.databaseUrl, 2)]);
  const cookies = await Promise.all(emails.map((email) => sessionCookie(server.secret, email)));
  const uptimeBefore = uptime();
  return { result: await runLoad({ url, emails, seconds: SECONDS, thinkMs: THINK_MS, rampMs: RAMP_MS, warmupEmails, cookies, onStart: () => setTimeout(fault, FAULT_AT_MS) }), uptimeBefore };
}

const during = (sample: Sample, from: number, to: number) => sample.at <= to && sample.at + sample.ms >= from;

async function databaseRestart() {
  console.log("\n1. PostgreSQL restarted during the load");
  const server = await startTestServer({ port: "3710", env: BASE, captureErrors: true });
  try {
    const outage = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
    let restarted: Promise<void> = Promise.resolve();
    const { result, uptimeBefore } = await load(server, () => {
      outage.from = Date.now();
      restarted = server.restartDatabase(3_000).then(() => {
        outage.to = Date.now();
      });
    });
    await restarted;
    // 503 is the answer while the database is away; pools notice it is back within a few seconds.
    const expected = (s: Sample) => s.status === 503 && during(s, outage.from, outage.to + 10_000);
    failures.push(...(await reportRun({ name: "faults database restart", result, databaseUrl: server.databaseUrl, storageDir: server.storageDir, uptimeBefore, expected5xx: expected, latencyGoal: false })));
    check(result.samples.some((s) => s.status === 503), "the outage was noticed (some 503s)");
    const unhandled = new Set(server.errors.filter((line) => line.includes("unhandled")).map((l) => l.replace(/"requestId":"[^"]+",/, "").slice(0, 400)));
    for (const line of unhandled) console.log(`    ${line}`);
    const health = await fetch(`${server.url}/api/health`);
    check(health.status === 200, "health is back to 200 without a restart of the app");
  } finally {
    await server.stop();
  }
}

async function geminiHangs() {
  console.log("\n2. Gemini hangs during the load");
  const fake = await startFakeGemini();
  const server = await startTestServer({
    port: "3711",
    env: { ...BASE, GEMINI_API_KEY: "fault-test", GEMINI_BASE_URL: fake.url, GEMINI_TIMEOUT_MS: "500" },
  });
  try {
    const { result, uptimeBefore } = await load(server, () => fake.setMode("slow"));
    failures.push(...(await reportRun({ name: "faults gemini hangs", result, databaseUrl: server.databaseUrl, storageDir: server.storageDir, uptimeBefore, latencyGoal: false })));
    const db = new pg.Pool({ connectionString: server.databaseUrl, max: 1 });
    const { rows } = await db.query<{ source: string; reason: string | null; n: string }>(
      `SELECT source::text, feedback->>'fallbackReason' AS reason, count(*)::text AS n FROM session_answer WHERE score IS NOT NULL GROUP BY 1, 2`,
    );
    await db.end();
    console.log(`  scored answers by source: ${rows.map((r) => `${r.source}${r.reason ? ` (${r.reason})` : ""}: ${r.n}`).join(", ")}`);
    check(rows.some((r) => r.source === "gemini"), "Gemini scored answers before it hung");
    check(rows.some((r) => r.source === "local" && r.reason === "timeout"), "after it hung, answers were scored locally and labelled 'timeout'");
  } finally {
    await server.stop();
    await fake.close();
  }
}

async function instanceKilled() {
  console.log("\n3. Two instances behind a proxy, one killed during the load");
  const server = await startTestServer({ port: "3712", env: BASE });
  const second = server.startInstance("3713");
  const proxy = startProxy(3714, [3712, 3713]);
  try {
    await waitForHealth("http://localhost:3713");
    let killedAt = Number.POSITIVE_INFINITY;
    const kill = () => {
      killedAt = Date.now();
      second.kill("SIGKILL");
    };
    const { result, uptimeBefore } = await load(server, kill, "http://localhost:3714");
    // Only requests in flight on the killed instance may fail: the proxy answers them 502.
    const expected = (s: Sample) => s.status === 502 && during(s, killedAt, killedAt + 1_000);
    failures.push(...(await reportRun({ name: "faults instance killed", result, databaseUrl: server.databaseUrl, storageDir: server.storageDir, uptimeBefore, expected5xx: expected, latencyGoal: false })));
    const cutOff = result.samples.filter((s) => s.status === 502 || s.status === 0).length;
    console.log(`  requests cut off when the instance died: ${cutOff}`);
  } finally {
    proxy.close();
    await server.stop();
  }
}

async function main() {
  const only = process.argv[2];
  if (only === "db") await databaseRestart();
  else if (only === "gemini") await geminiHangs();
  else if (only === "instances") await instanceKilled();
  else {
    await databaseRestart();
    await geminiHangs();
    await instanceKilled();
  }
  console.log(failures.length === 0 ? "\nAll fault scenarios passed." : `\n${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
