// One fresh, real PostgreSQL per test run: an embedded cluster in a temporary
// directory with every migration applied and the reference data seeded.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { prepareDatabase } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    storageDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "interview-prep-test-"));
  chmodSync(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort() });
  await postgres.createDatabase("test");
  const url = postgres.url("test");
  await prepareDatabase(url, () => undefined);
  project.provide("databaseUrl", url);
  project.provide("storageDir", join(dir, "uploads"));
  return async () => {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
