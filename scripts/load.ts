// `npm run load`: starts the app in production mode on a fresh embedded
// PostgreSQL, logs in a pool of users and drives a realistic mix with
// autocannon (start a session, answer its three questions, fetch questions,
// read the dashboard) at LOAD_CONNECTIONS for LOAD_SECONDS. It reports
// throughput, p50/p99 latency and errors, then checks that every answer the
// server acknowledged as saved is in the database. Loopback only.
import autocannon from "autocannon";
import bcrypt from "bcryptjs";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { startTestServer, waitForHealth } from "./lib/test-server";

const PORT = process.env.LOAD_PORT ?? "4100";
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const PASSWORD = "load-test-password";
const ANSWER =
  "In my last role our checkout API timed out at peak. I was responsible for the fix, so I profiled it, added a cache and moved emails to a queue. As a result p99 latency fell from 2 s to 300 ms.";

type Context = { cookie?: string; sessionId?: string; answerIds?: string[] };

async function createUsers(databaseUrl: string, count: number): Promise<string[]> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const hash = await bcrypt.hash(PASSWORD, 10);
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `load-${i}-${randomUUID().slice(0, 6)}@example.test`;
    await db.query(`INSERT INTO "user" (id, name, email, password_hash, updated_at) VALUES ($1, $2, $3, $4, now())`, [
      `load${randomUUID().replace(/-/g, "")}`,
      `Load User ${i}`,
      email,
      hash,
    ]);
    emails.push(email);
  }
  await db.end();
  return emails;
}

async function login(url: string, email: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = (response.headers.getSetCookie?.() ?? []).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login failed for ${email}: ${response.status}`);
  return session.split(";")[0]!;
}

async function main() {
  console.log(`Starting the app on :${PORT} (production build, fresh embedded PostgreSQL)…`);
  const server = await startTestServer({ port: PORT, env: { RATE_LIMIT_SCALE: "10000", LOG_LEVEL: "error" } });
  try {
    await waitForHealth(server.url);
    const emails = await createUsers(server.databaseUrl, CONNECTIONS);
    const cookies = await Promise.all(emails.map((email) => login(server.url, email)));
    const acknowledged = new Set<string>();
    let nextUser = 0;

    const answerRequest = (index: number) => ({
      method: "POST" as const,
      setupRequest: (request: autocannon.Request, raw: object) => {
        const context = raw as Context;
        const answerId = context.answerIds?.[index];
        // Session creation failed: a falsy request makes autocannon start the cycle again (its types omit this).
        if (!context.sessionId || !answerId) return undefined as unknown as autocannon.Request;
        return {
          ...request,
          path: `/api/ai-interview/sessions/${context.sessionId}/answers`,
          headers: { "content-type": "application/json", cookie: context.cookie! },
          body: JSON.stringify({ answerId, answer: ANSWER, durationSeconds: 40 }),
        };
      },
      onResponse: (status: number, body: string, raw: object) => {
        const context = raw as Context;
        if (status === 200 && (JSON.parse(body) as { saved?: boolean }).saved) acknowledged.add(context.answerIds![index]!);
      },
    });

    console.log(`Driving ${CONNECTIONS} connections for ${SECONDS} s…`);
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: "POST",
          path: "/api/ai-interview/sessions",
          setupRequest: (request: autocannon.Request, raw: object) => {
            const context = raw as Context;
            context.cookie = cookies[nextUser++ % cookies.length];
            return {
              ...request,
              headers: { "content-type": "application/json", cookie: context.cookie! },
              body: JSON.stringify({ role: "Backend engineer", level: "mid", format: "mixed", count: 3 }),
            };
          },
          onResponse: (status: number, body: string, raw: object) => {
            const context = raw as Context;
            if (status !== 200) return;
            const session = JSON.parse(body) as { id: string; questions: { answerId: string }[] };
            context.sessionId = session.id;
            context.answerIds = session.questions.map((q) => q.answerId);
          },
        },
        answerRequest(0),
        answerRequest(1),
        answerRequest(2),
        {
          method: "POST",
          path: "/api/ai/questions",
          setupRequest: (request: autocannon.Request, raw: object) => ({
            ...request,
            headers: { "content-type": "application/json", cookie: (raw as Context).cookie! },
            body: JSON.stringify({ role: "Frontend engineer", level: "junior", count: 3 }),
          }),
        },
        {
          method: "GET",
          path: "/dashboard",
          setupRequest: (request: autocannon.Request, raw: object) => ({ ...request, headers: { cookie: (raw as Context).cookie! } }),
        },
      ],
    });

    const db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
    const ids = [...acknowledged];
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM session_answer WHERE id = ANY($1) AND answer_text IS NOT NULL",
      [ids],
    );
    await db.end();
    const stored = Number(rows[0]!.n);

    console.log("\nLoad test (one run, this machine, loopback)");
    console.log(`  requests: ${result.requests.total} in ${result.duration} s = ${result.requests.average.toFixed(1)} req/s`);
    console.log(`  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
    console.log(`  answers acknowledged as saved: ${ids.length}; found in the database: ${stored}`);
    const ok = stored === ids.length && ids.length > 0 && result.errors === 0 && result.timeouts === 0;
    console.log(ok ? "  result: every acknowledged answer is stored." : "  result: FAILED (see above).");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
