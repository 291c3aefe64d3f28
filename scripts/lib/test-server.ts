// A production server on a fresh embedded PostgreSQL in a temporary directory,
// migrated and seeded: what Playwright and `npm run load` run against.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./app-env";
import { freePort, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { prepareDatabase } from "./database";
import { buildIfNeeded } from "./next-build";

export type TestServer = {
  url: string;
  databaseUrl: string;
  postgres: RunningPostgres;
  next: ChildProcess;
  stop: () => Promise<void>;
};

export async function startTestServer(options: { port: string; env?: Record<string, string>; log?: (line: string) => void }): Promise<TestServer> {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), "interview-prep-server-"));
  chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort() });
  await postgres.createDatabase("app");
  const databaseUrl = postgres.url("app");
  await prepareDatabase(databaseUrl, log);
  buildIfNeeded(log);

  const next = spawn(join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", options.port], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: `http://localhost:${options.port}`,
      STORAGE_DIR: join(dir, "uploads"),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // The app first, so no request is cut off by the database going away.
    if (next.exitCode === null) {
      const exited = new Promise((resolve) => next.once("exit", resolve));
      next.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await postgres.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `http://localhost:${options.port}`, databaseUrl, postgres, next, stop };
}

/** Resolves once GET /api/health answers 200. */
export async function waitForHealth(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not become healthy in ${timeoutMs} ms`);
}
