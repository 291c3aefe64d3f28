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
  /** The local storage root every instance writes files under (for the lost-write check). */
  storageDir: string;
  /** NEXTAUTH_SECRET of every instance, so a load script can hand users a session as the login callback would. */
  secret: string;
  next: ChildProcess;
  /** Stops PostgreSQL, waits, and starts it again on the same data and port. */
  restartDatabase: (downMs: number) => Promise<void>;
  /** Another app instance on the same database, storage and session secret. */
  startInstance: (port: string) => ChildProcess;
  /** Error-level log lines (pino level >= 50) the app printed, when started with captureErrors. */
  errors: string[];
  stop: () => Promise<void>;
};

export async function startTestServer(options: {
  port: string;
  env?: Record<string, string>;
  log?: (line: string) => void;
  /** Keep the app's error-level log lines in `errors` instead of printing them. */
  captureErrors?: boolean;
}): Promise<TestServer> {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), "interview-prep-server-"));
  chmodSync(dir, 0o755);
  const pgPort = await freePort();
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: pgPort });
  await postgres.createDatabase("app");
  const databaseUrl = postgres.url("app");
  await prepareDatabase(databaseUrl, log);
  buildIfNeeded(log);

  const secret = randomBytes(32).toString("hex");
  const errors: string[] = [];
  const startNext = (port: string) =>
    spawn(join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", port], {
      cwd: ROOT,
      stdio: options.captureErrors ? ["ignore", "pipe", "inherit"] : "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://localhost:${options.port}`,
        STORAGE_DIR: join(dir, "uploads"),
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        NEXT_TELEMETRY_DISABLED: "1",
        ...options.env,
      },
    });
  const capture = (child: ChildProcess) => {
    let pending = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (/"level":(5|6)\d/.test(line)) errors.push(line);
    });
    return child;
  };
  const next = capture(startNext(options.port));
  const others: ChildProcess[] = [];
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
    for (const other of others) other.kill("SIGTERM");
    await postgres.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const restartDatabase = async (downMs: number) => {
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    postgres = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: pgPort });
  };
  const startInstance = (port: string) => {
    const other = capture(startNext(port));
    others.push(other);
    return other;
  };
  return { url: `http://localhost:${options.port}`, databaseUrl, storageDir: join(dir, "uploads"), secret, next, restartDatabase, startInstance, errors, stop };
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
