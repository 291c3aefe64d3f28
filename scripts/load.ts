// `npm run load`: starts the app in production mode on a fresh embedded
// PostgreSQL, logs in a pool of users and drives a realistic mix with
// autocannon (scripts/lib/load-mix.ts) at LOAD_CONNECTIONS for LOAD_SECONDS.
// It reports throughput, p50/p99 latency and errors, then checks that every
// answer the server acknowledged as saved is in the database. Loopback only.
import { startTestServer, waitForHealth } from "./lib/test-server";
import { countStored, createUsers, login, runMix } from "./lib/load-mix";

const PORT = process.env.LOAD_PORT ?? "4100";
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);

async function main() {
  console.log(`Starting the app on :${PORT} (production build, fresh embedded PostgreSQL)…`);
  const server = await startTestServer({ port: PORT, env: { RATE_LIMIT_SCALE: "10000", LOG_LEVEL: "error" } });
  try {
    await waitForHealth(server.url);
    const emails = await createUsers(server.databaseUrl, CONNECTIONS);
    const cookies = await Promise.all(emails.map((email) => login(server.url, email)));
    console.log(`Driving ${CONNECTIONS} connections for ${SECONDS} s…`);
    const { result, acknowledged, statuses } = await runMix({ url: server.url, cookies, connections: CONNECTIONS, seconds: SECONDS });
    const ids = [...acknowledged];
    const stored = await countStored(server.databaseUrl, ids);

    console.log("\nLoad test (one run, this machine, loopback)");
    console.log(`  requests: ${result.requests.total} in ${result.duration} s = ${result.requests.average.toFixed(1)} req/s`);
    console.log(`  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
    console.log(`  statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(`  answers acknowledged as saved: ${ids.length}; found in the database: ${stored}`);
    const ok = stored === ids.length && ids.length > 0 && result.errors === 0 && result.timeouts === 0 && result.non2xx === 0;
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
