// Resolves the environment `npm start` and the test servers run with: loads
// .env when present, keeps a generated session secret under .data so logins
// survive restarts, and starts the embedded PostgreSQL when DATABASE_URL is unset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DATA_DIR = join(ROOT, ".data");

export function loadDotEnv(): void {
  const file = join(ROOT, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

export function ensureSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(DATA_DIR, "auth-secret");
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Returns a DATABASE_URL, starting the embedded PostgreSQL when none is configured. */
export async function ensureDatabase(log: (line: string) => void): Promise<{ url: string; embedded: RunningPostgres | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres).`);
  const embedded = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "postgres"), port });
  await embedded.createDatabase("interview_prep");
  return { url: embedded.url("interview_prep"), embedded };
}
