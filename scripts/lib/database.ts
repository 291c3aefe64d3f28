// Applies migrations and seeds reference data on a PostgreSQL URL. Shared by
// `npm start`, `npm run db:*` and the test harness so all three agree.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../prisma/generated/client/client";
import { seed } from "../../prisma/seed";

const ROOT = join(import.meta.dirname, "..", "..");

export function migrate(databaseUrl: string): void {
  const result = spawnSync(join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export async function withPrisma<T>(databaseUrl: string, run: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    return await run(prisma);
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}

export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  migrate(databaseUrl);
  log("Database migrations applied.");
  const counts = await withPrisma(databaseUrl, seed);
  log(`Reference data ready: ${counts.questions} questions, ${counts.companies} companies, ${counts.dsaProblems} DSA problems, ${counts.guides} guides.`);
}
