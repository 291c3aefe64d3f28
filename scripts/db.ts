// `npm run db:migrate` and `npm run db:seed`, on DATABASE_URL or the embedded PostgreSQL.
import { ensureDatabase, loadDotEnv } from "./lib/app-env";
import { migrate, withPrisma } from "./lib/database";
import { seed } from "../prisma/seed";

async function main() {
  loadDotEnv();
  const command = process.argv[2];
  const { url, embedded } = await ensureDatabase(console.log);
  try {
    if (command === "migrate") {
      migrate(url);
      console.log("Migrations applied.");
    } else if (command === "seed") {
      console.log(await withPrisma(url, seed));
    } else {
      throw new Error("usage: tsx scripts/db.ts migrate|seed");
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
