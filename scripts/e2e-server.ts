// The server Playwright tests run against: a fresh embedded PostgreSQL in a
// temporary directory, migrated and seeded, and the production build served on
// E2E_PORT. Its database URL is written to .data/e2e/<port>/database-url so
// fixtures can check what was (or was not) stored.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_DIR, ROOT } from "./lib/app-env";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/database";
import { buildIfNeeded } from "./lib/next-build";

const port = process.env.E2E_PORT ?? "3100";

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "interview-prep-e2e-"));
  chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort() });
  await postgres.createDatabase("e2e");
  const url = postgres.url("e2e");
  await prepareDatabase(url, (line) => console.log(`[e2e-server] ${line}`));
  mkdirSync(join(DATA_DIR, "e2e", port), { recursive: true });
  writeFileSync(join(DATA_DIR, "e2e", port, "database-url"), url);
  buildIfNeeded((line) => console.log(`[e2e-server] ${line}`));

  const next = spawn(join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", port], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: `http://localhost:${port}`,
      STORAGE_DIR: join(dir, "uploads"),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      TEST_CLOCK: "1",
    },
  });
  const stop = async () => {
    next.kill("SIGTERM");
    await postgres.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  next.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
