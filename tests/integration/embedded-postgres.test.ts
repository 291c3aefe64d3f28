// The embedded PostgreSQL that `npm start` uses keeps data across restarts,
// and the health check notices when it goes away.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../scripts/lib/database";
import { databaseIsUp } from "@/lib/health/queries";

const dir = mkdtempSync(join(tmpdir(), "embedded-restart-"));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded PostgreSQL", () => {
  it("keeps a registered user across a stop and a restart", async () => {
    const dataDir = join(dir, "pg");
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await first.createDatabase("app");
    migrate(first.url("app"));
    const client = new pg.Client({ connectionString: first.url("app") });
    await client.connect();
    await client.query(
      `INSERT INTO "user" (id, name, email, password_hash, updated_at) VALUES ('restart-user', 'Kept', 'kept@example.test', 'x', now())`,
    );
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    await second.createDatabase("app"); // already there: must be a no-op
    const again = new pg.Client({ connectionString: second.url("app") });
    await again.connect();
    const { rows } = await again.query(`SELECT name FROM "user" WHERE email = 'kept@example.test'`);
    await again.end();
    await second.stop();
    expect(rows).toEqual([{ name: "Kept" }]);
  }, 60_000);

  it("reports the database down once it stops", async () => {
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir: join(dir, "pg-health"), port });
    const pool = new pg.Pool({ connectionString: server.url("postgres"), connectionTimeoutMillis: 1_000 });
    // As in lib/db.ts: an idle connection dropped by the server must not crash the process.
    pool.on("error", () => undefined);
    expect(await databaseIsUp(2_000, pool)).toBe(true);
    await server.stop();
    expect(await databaseIsUp(2_000, pool)).toBe(false);
    await pool.end();
  }, 60_000);
});
