// The server half of `npm run bench`: throughput of real routes against a
// handler that does nothing (the ceiling), dashboard data time as a user's
// history grows, and the first-load JavaScript of every page. One run, one
// machine, loopback only.
import autocannon from "autocannon";
import pg from "pg";
import { gzipSync } from "node:zlib";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { ROOT } from "./app-env";
import { performance } from "node:perf_hooks";
import { startTestServer, waitForHealth } from "./test-server";
import { createUsers, login } from "./load-users";

/** Every page's client-reference manifest in the build, keyed by its route ("/(app)/dashboard/page"). */
function pageManifests(distDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "page_client-reference-manifest.js") {
        const route = path.slice(join(distDir, "server", "app").length).replace(/_client-reference-manifest\.js$/, "");
        if (!route.startsWith("/_")) found.set(route, path);
      }
    }
  };
  walk(join(distDir, "server", "app"));
  return found;
}

/**
 * First-load JavaScript of every page, gzipped: the runtime's root files plus
 * every chunk the page's client-reference manifest lists for its layouts,
 * boundaries and page. Read from the build, so it counts chunks that the HTML
 * loads through the RSC payload as well as those in script tags.
 */
export function firstLoadJs(): Record<string, number> {
  const distDir = join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");
  const build = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) {
      const path = join(distDir, file);
      gz.set(file, existsSync(path) ? gzipSync(readFileSync(path)).length : 0);
    }
    return gz.get(file)!;
  };
  const result: Record<string, number> = {};
  for (const [route, file] of pageManifests(distDir)) {
    const sandbox: { self: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } } = { self: {} };
    runInNewContext(readFileSync(file, "utf8"), { self: sandbox.self, globalThis: sandbox.self });
    const manifest = Object.values(sandbox.self.__RSC_MANIFEST ?? {})[0];
    const files = new Set([...build.rootMainFiles, ...Object.values(manifest?.entryJSFiles ?? {}).flat()]);
    const name = route.replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/";
    result[name] = [...files].reduce((total, f) => total + size(f), 0);
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

async function throughput(url: string, cookie: string, request: { path: string; method?: "GET" | "POST"; body?: unknown }, seconds: number) {
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: request.method ?? "GET",
    connections: 8,
    duration: seconds,
    headers: { cookie, "content-type": "application/json" },
    body: request.body ? JSON.stringify(request.body) : undefined,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

// The stored metrics of a typical evaluated answer, so the analytics skill aggregates read real JSON.
const ANSWER_METRICS = JSON.stringify({
  wordCount: 140, sentenceCount: 8, durationSeconds: 90, wordsPerMinute: 93, fillers: [{ term: "um", count: 2 }], fillerCount: 2, fillerRate: 1.4,
  hedges: [], hedgeCount: 0, star: { situation: true, task: true, action: true, result: false, evidence: {} }, numbers: ["30%"], concreteResults: 1,
  talkingPoints: { covered: ["a", "b"], missed: ["c"], coverage: 0.67 },
});

/**
 * Grows a user's history to `to` scored answers (from `from`), ten per session,
 * spread over the last 90 days (the analytics default range), with metrics.
 */
async function seedHistory(db: pg.Pool, userId: string, from: number, to: number) {
  await db.query(
    `INSERT INTO interview_session (id, user_id, kind, role, questions_planned, questions_answered, average_score, completed, created_at)
     SELECT 'bs-' || $1 || '-' || s, $1, 'text', 'Backend engineer', 10, 10, 6.5, true, now() - ((s * 2) || ' hours')::interval
     FROM generate_series($2::int + 1, $3::int) AS s`,
    [userId, from / 10, to / 10],
  );
  await db.query(
    `INSERT INTO session_answer (id, user_id, session_id, position, question_text, question_type, answer_text, score, source, metrics, answered_at, created_at)
     SELECT 'ba-' || $1 || '-' || a, $1, 'bs-' || $1 || '-' || ((a - 1) / 10 + 1), ((a - 1) % 10) + 1, 'Question',
            (ARRAY['behavioral', 'technical', 'system_design'])[1 + a % 3]::"QuestionType", 'Answer', 1 + (a % 10), 'local', $4::jsonb,
            now() - ((a * 12) || ' minutes')::interval, now() - ((a * 12) || ' minutes')::interval
     FROM generate_series($2::int + 1, $3::int) AS a`,
    [userId, from, to, ANSWER_METRICS],
  );
}

export async function benchServer(seconds: number) {
  const server = await startTestServer({ port: process.env.BENCH_PORT ?? "4300", env: { BENCH: "1", RATE_LIMIT_SCALE: "100000", LOG_LEVEL: "error" } });
  try {
    await waitForHealth(server.url);
    const [email] = await createUsers(server.databaseUrl, 1);
    const cookie = await login(server.url, email!);

    const routes = {
      ceiling: await throughput(server.url, cookie, { path: "/api/bench/ping" }, seconds),
      health: await throughput(server.url, cookie, { path: "/api/health" }, seconds),
      evaluate: await throughput(server.url, cookie, { path: "/api/ai/evaluate", method: "POST", body: { question: "Tell me about a conflict.", answer: "In my last team we disagreed about a release date; I gathered data and we agreed to ship in two phases, which cut risk by half." } }, seconds),
      questions: await throughput(server.url, cookie, { path: "/api/ai/questions", method: "POST", body: { role: "Backend engineer", level: "mid", count: 5 } }, seconds),
      dashboardPage: await throughput(server.url, cookie, { path: "/dashboard" }, seconds),
    };

    // Dashboard data as history grows, timed in-process against the server's database.
    process.env.DATABASE_URL = server.databaseUrl;
    process.env.NEXTAUTH_SECRET ??= "bench-secret-that-is-at-least-32-characters";
    const { getDashboard } = await import("../../lib/dashboard/queries");
    const { getAnalytics } = await import("../../lib/analytics/queries");
    const db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [email]);
    const dashboard: Record<string, { median: number; p95: number }> = {};
    const analytics: Record<string, { median: number; p95: number }> = {};
    let seeded = 0;
    for (const size of [100, 1_000, 10_000]) {
      await seedHistory(db, rows[0]!.id, seeded, size);
      seeded = size;
      await db.query("ANALYZE");
      const samples: number[] = [];
      for (let i = 0; i < 30; i++) {
        const start = performance.now();
        await getDashboard(rows[0]!.id, new Date());
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      dashboard[String(size)] = { median: samples[15]!, p95: samples[28]! };
      // getAnalytics alone (one statement), default 90-day range with every type.
      const analyticsSamples: number[] = [];
      for (let i = 0; i < 30; i++) {
        const start = performance.now();
        await getAnalytics(rows[0]!.id, {}, { now: new Date() });
        analyticsSamples.push(performance.now() - start);
      }
      analyticsSamples.sort((a, b) => a - b);
      analytics[String(size)] = { median: analyticsSamples[15]!, p95: analyticsSamples[28]! };
    }
    await db.end();

    const firstLoad = firstLoadJs();
    return { routes, dashboard, analytics, firstLoad };
  } finally {
    await server.stop();
  }
}
