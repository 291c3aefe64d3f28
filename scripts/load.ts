// `npm run load`: starts the app in production mode on a fresh embedded
// PostgreSQL (one instance, or two behind a round-robin proxy with
// LOAD_INSTANCES=2) and drives the full mix of issue #17 with LOAD_USERS
// distinct simulated users (scripts/lib/load-mix.ts). It reports p50/p95/p99 and
// errors per endpoint with the ratio against the do-nothing handler timed in the
// same run, then checks every acknowledged answer, chunk and upload byte for
// byte. Loopback only. Rate limits stay as in production: each simulated user is
// its own account, so per-user budgets are spent the way real students spend them.
import { startTestServer, waitForHealth } from "./lib/test-server";
import { startProxy } from "./lib/proxy";
import { createUsers, sessionCookie } from "./lib/load-users";
import { runLoad } from "./lib/load-run";
import { reportRun, uptime } from "./lib/load-report";

const PORT = Number(process.env.LOAD_PORT ?? 3700);
const USERS = Number(process.env.LOAD_USERS ?? 300);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 90);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 10_000);
const RAMP_MS = Number(process.env.LOAD_RAMP_MS ?? 30_000);
const INSTANCES = Number(process.env.LOAD_INSTANCES ?? 1);

async function main() {
  console.log(`Starting ${INSTANCES} instance(s) from :${PORT} (production build, fresh embedded PostgreSQL)…`);
  const server = await startTestServer({ port: String(PORT), env: { BENCH: "1", LOG_LEVEL: "error" }, captureErrors: true });
  const proxy = INSTANCES > 1 ? startProxy(PORT + 2, [PORT, PORT + 1]) : null;
  try {
    if (proxy) server.startInstance(String(PORT + 1));
    await waitForHealth(server.url);
    if (proxy) await waitForHealth(`http://localhost:${PORT + 1}`);
    const url = proxy ? `http://localhost:${PORT + 2}` : server.url;
    const [emails, warmupEmails] = await Promise.all([createUsers(server.databaseUrl, USERS), createUsers(server.databaseUrl, 2)]);
    const cookies = await Promise.all(emails.map((email) => sessionCookie(server.secret, email)));
  const uptimeBefore = uptime();
    console.log(`Driving ${USERS} users for ${SECONDS} s after a ${RAMP_MS / 1000} s ramp, ${THINK_MS} ms mean pause…`);
    const result = await runLoad({ url, emails, seconds: SECONDS, thinkMs: THINK_MS, rampMs: RAMP_MS, warmupEmails, cookies });
    const name = `load ${USERS} users ${INSTANCES} instance${INSTANCES > 1 ? "s" : ""}`;
    const failures = await reportRun({ name, result, databaseUrl: server.databaseUrl, storageDir: server.storageDir, uptimeBefore, latencyGoal: true });
    // The app's own error lines name the cause of any 5xx or failed login.
    for (const line of new Set(server.errors.map((l) => l.replace(/"(requestId|time|pid)":[^,]+,/g, "").slice(0, 400)))) console.log(`  app error: ${line}`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    proxy?.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
