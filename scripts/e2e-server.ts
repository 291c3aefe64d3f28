// The server Playwright tests run against (see scripts/lib/test-server.ts). Its
// database URL is written to .data/e2e/<port>/database-url so fixtures can check
// what was (or was not) stored. TEST_CLOCK lets tests move the server's clock.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "./lib/app-env";
import { startTestServer } from "./lib/test-server";

const port = process.env.E2E_PORT ?? "3100";

async function main() {
  const server = await startTestServer({
    port,
    env: { TEST_CLOCK: "1" },
    log: (line) => console.log(`[e2e-server] ${line}`),
  });
  mkdirSync(join(DATA_DIR, "e2e", port), { recursive: true });
  writeFileSync(join(DATA_DIR, "e2e", port, "database-url"), server.databaseUrl);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.next.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
