// `npm run db:migrate` and `npm run db:seed`, on DATABASE_URL or the embedded PostgreSQL.
// `npm run db:diff -- NAME [FROM_SCHEMA]` writes prisma/migrations/<timestamp>_NAME/migration.sql:
// the SQL that turns the last committed schema (git HEAD, or FROM_SCHEMA) into
// prisma/schema.prisma. Prisma's JS schema engine needs a live database even to
// diff, and cannot replay migrations into a shadow database here (it fails to
// read PostgreSQL's 'char' columns), so a throw-away embedded PostgreSQL serves
// as the connection and, afterwards, as proof that every migration applies.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ensureDatabase, loadDotEnv } from "./lib/app-env";
import { migrate, withPrisma } from "./lib/database";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { seed } from "../prisma/seed";

async function diff(name: string | undefined, fromSchema: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:diff -- name_in_snake_case [from.prisma]");
  const dir = mkdtempSync(join(tmpdir(), "interview-prep-diff-"));
  chmodSync(dir, 0o755);
  const previous = fromSchema ?? join(dir, "previous.prisma");
  if (!fromSchema) {
    const shown = spawnSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: ROOT, encoding: "utf8" });
    if (shown.status !== 0) throw new Error(`could not read the committed schema: ${shown.stderr}`);
    writeFileSync(previous, shown.stdout);
  }
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort() });
  try {
    await postgres.createDatabase("diff");
    const url = postgres.url("diff");
    const result = spawnSync(
      join(ROOT, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
    if (/^-- This is an empty migration/m.test(result.stdout)) {
      console.log("The schema has not changed since the last commit: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = join(ROOT, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "migration.sql"), result.stdout);
    migrate(url);
    console.log(`Wrote ${join("prisma", "migrations", `${stamp}_${name}`, "migration.sql")}; all migrations apply cleanly.`);
  } finally {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  loadDotEnv();
  const command = process.argv[2];
  if (command === "diff") return diff(process.argv[3], process.argv[4]);
  const { url, embedded } = await ensureDatabase(console.log);
  try {
    if (command === "migrate") {
      migrate(url);
      console.log("Migrations applied.");
    } else if (command === "seed") {
      console.log(await withPrisma(url, seed));
    } else {
      throw new Error("usage: tsx scripts/db.ts migrate|seed|diff NAME");
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
