// The server half of `npm run bench`: throughput of real routes against a
// handler that does nothing (the ceiling), dashboard data time as a user's
// history grows, and the first-load JavaScript of every page. One run, one
// machine, loopback only.
import autocannon from "autocannon";
import pg from "pg";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { startTestServer, waitForHealth } from "./test-server";
import { createUsers, login } from "./load-mix";

const PAGES = ["/", "/login", "/register", "/dashboard", "/profile", "/ai-interview", "/interviews", "/dsa", "/dsa/problems", "/company-prep"];

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

/** Grows a user's history to `to` scored answers (from `from`), ten per session, spread over time. */
async function seedHistory(db: pg.Pool, userId: string, from: number, to: number) {
  await db.query(
    `INSERT INTO ai_interview_session (id, user_id, position, questions_asked, questions_answered, average_score, completed, created_at)
     SELECT 'bs-' || $1 || '-' || s, $1, 'Backend engineer', 10, 10, 6.5, true, now() - (s || ' hours')::interval
     FROM generate_series($2::int + 1, $3::int) AS s`,
    [userId, from / 10, to / 10],
  );
  await db.query(
    `INSERT INTO session_answer (id, user_id, ai_session_id, position, question_text, question_type, answer_text, score, source, created_at)
     SELECT 'ba-' || $1 || '-' || a, $1, 'bs-' || $1 || '-' || ((a - 1) / 10 + 1), ((a - 1) % 10) + 1, 'Question', 'behavioral', 'Answer', 1 + (a % 10), 'local', now() - (a || ' minutes')::interval
     FROM generate_series($2::int + 1, $3::int) AS a`,
    [userId, from, to],
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
    const db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [email]);
    const dashboard: Record<string, { median: number; p95: number }> = {};
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
    }
    await db.end();

    // First-load JavaScript: every script the page's HTML loads, gzipped.
    const firstLoad: Record<string, number> = {};
    for (const page of PAGES) {
      const html = await (await fetch(`${server.url}${page}`, { headers: { cookie } })).text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
      let bytes = 0;
      for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(`${server.url}${src}`)).arrayBuffer())).length;
      firstLoad[page] = bytes;
    }
    return { routes, dashboard, firstLoad };
  } finally {
    await server.stop();
  }
}
