// `npm run load:faults`: the load mix under three faults, each on a fresh
// production server and database (loopback only):
//  1. PostgreSQL restarted mid-load: requests during the outage answer 503, the
//     app recovers by itself, every acknowledged answer is stored.
//  2. The Gemini fake hangs mid-load: answers are still saved, scored locally and
//     labelled with the reason.
//  3. Two app instances on one database behind a small round-robin proxy, one
//     killed mid-load: the other carries on, every acknowledged answer is stored.
import http from "node:http";
import pg from "pg";
import { startTestServer, waitForHealth, type TestServer } from "./lib/test-server";
import { countStored, createUsers, login, runMix, type MixResult } from "./lib/load-mix";
import { startFakeGemini } from "../tests/fakes/gemini-server";

const SECONDS = Number(process.env.FAULT_SECONDS ?? 15);
const CONNECTIONS = 8;
const failures: string[] = [];

function check(ok: boolean, message: string) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures.push(message);
}

async function prepare(server: TestServer, loginUrl = server.url) {
  await waitForHealth(server.url);
  const emails = await createUsers(server.databaseUrl, CONNECTIONS);
  return Promise.all(emails.map((email) => login(loginUrl, email)));
}

async function report(name: string, server: TestServer, mix: MixResult) {
  const ids = [...mix.acknowledged];
  const stored = await countStored(server.databaseUrl, ids);
  console.log(`  ${mix.result.requests.total} requests, statuses ${JSON.stringify(Object.fromEntries(mix.statuses))}`);
  check(ids.length > 0 && stored === ids.length, `${name}: ${stored} of ${ids.length} acknowledged answers stored`);
}

async function databaseRestart() {
  console.log("\n1. PostgreSQL restarted during the load");
  const server = await startTestServer({ port: "4201", env: { RATE_LIMIT_SCALE: "10000", LOG_LEVEL: "error" }, captureErrors: true });
  try {
    const cookies = await prepare(server);
    const restart = new Promise<void>((resolve) =>
      setTimeout(() => void server.restartDatabase(3_000).then(resolve), (SECONDS / 3) * 1000),
    );
    const mix = await runMix({ url: server.url, cookies, connections: CONNECTIONS, seconds: SECONDS, pages: false });
    await restart;
    const unexpected = [...mix.statuses.keys()].filter((status) => status !== 200 && status !== 503);
    check(unexpected.length === 0, `only 200 and 503 answers (saw ${[...mix.statuses.keys()].join(", ")})`);
    if (unexpected.length > 0) {
      const unhandled = server.errors.filter((line) => line.includes("unhandled error"));
      for (const line of new Set(unhandled.map((l) => l.replace(/"requestId":"[^"]+",/, "").slice(0, 600)))) console.log(`    ${line}`);
    }
    check((mix.statuses.get(503) ?? 0) > 0, "the outage was noticed (some 503s)");
    const health = await fetch(`${server.url}/api/health`);
    check(health.status === 200, "health is back to 200 without a restart of the app");
    await report("database restart", server, mix);
  } finally {
    await server.stop();
  }
}

async function geminiHangs() {
  console.log("\n2. Gemini hangs during the load");
  const fake = await startFakeGemini();
  const server = await startTestServer({
    port: "4202",
    env: { RATE_LIMIT_SCALE: "10000", LOG_LEVEL: "fatal", GEMINI_API_KEY: "fault-test", GEMINI_BASE_URL: fake.url, GEMINI_TIMEOUT_MS: "500" },
  });
  try {
    const cookies = await prepare(server);
    setTimeout(() => fake.setMode("slow"), (SECONDS / 3) * 1000);
    const mix = await runMix({ url: server.url, cookies, connections: CONNECTIONS, seconds: SECONDS, pages: false });
    check(mix.result.non2xx === 0 && mix.result.errors === 0, "no failed requests while Gemini hung");
    const db = new pg.Pool({ connectionString: server.databaseUrl, max: 1 });
    const { rows } = await db.query<{ source: string; reason: string | null; n: string }>(
      `SELECT source::text, feedback->>'fallbackReason' AS reason, count(*)::text AS n FROM session_answer WHERE score IS NOT NULL GROUP BY 1, 2`,
    );
    await db.end();
    console.log(`  scored answers by source: ${rows.map((r) => `${r.source}${r.reason ? ` (${r.reason})` : ""}: ${r.n}`).join(", ")}`);
    check(rows.some((r) => r.source === "gemini"), "Gemini scored answers before it hung");
    check(rows.some((r) => r.source === "local" && r.reason === "timeout"), "after it hung, answers were scored locally and labelled 'timeout'");
    await report("Gemini hang", server, mix);
  } finally {
    await server.stop();
    await fake.close();
  }
}

/**
 * Round-robin over the backends. Like a typical reverse proxy, it retries on the
 * next backend only when a connection is refused (nothing was sent); a request
 * cut off mid-flight is not retried, since it may have been processed.
 */
function startProxy(port: number, backends: number[]): http.Server {
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const first = counter++;
      const attempt = (offset: number) => {
        const backend = backends[(first + offset) % backends.length]!;
        const upstream = http.request(
          { host: "127.0.0.1", port: backend, path: req.url, method: req.method, headers: req.headers },
          (response) => {
            res.writeHead(response.statusCode ?? 502, response.headers);
            if (process.env.FAULT_DEBUG && (response.statusCode ?? 0) >= 400) {
              response.once("data", (chunk: Buffer) => console.log(`  [proxy] ${req.method} ${req.url} → ${response.statusCode} from :${backend}: ${chunk.toString().slice(0, 160)}`));
            }
            response.pipe(res);
          },
        );
        upstream.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "ECONNREFUSED" && offset + 1 < backends.length) attempt(offset + 1);
          else if (!res.headersSent) {
            res.writeHead(502);
            res.end();
          }
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  server.listen(port, "127.0.0.1");
  return server;
}

async function instanceKilled() {
  console.log("\n3. Two instances behind a proxy, one killed during the load");
  const server = await startTestServer({ port: "4203", env: { RATE_LIMIT_SCALE: "10000", LOG_LEVEL: "fatal" } });
  const second = server.startInstance("4204");
  const proxy = startProxy(4200, [4203, 4204]);
  try {
    await waitForHealth("http://localhost:4204");
    const cookies = await prepare(server, "http://localhost:4200");
    setTimeout(() => second.kill("SIGKILL"), (SECONDS / 3) * 1000);
    const mix = await runMix({ url: "http://localhost:4200", cookies, connections: CONNECTIONS, seconds: SECONDS, pages: false });
    const failed = mix.result.non2xx + mix.result.errors;
    console.log(`  failed requests (cut off when the instance died): ${failed}`);
    check(failed <= CONNECTIONS, `at most the ${CONNECTIONS} requests in flight at the kill failed`);
    await report("instance killed", server, mix);
  } finally {
    proxy.close();
    await server.stop();
  }
}

async function main() {
  const only = process.argv[2];
  if (only === "db") return databaseRestart();
  if (only === "instances") return instanceKilled();
  await databaseRestart();
  await geminiHangs();
  await instanceKilled();
  console.log(failures.length === 0 ? "\nAll fault scenarios passed." : `\n${failures.length} check(s) failed.`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
