// `npm run user:role -- EMAIL instructor` makes a registered account an instructor (or
// `student` again), against DATABASE_URL or the embedded database `npm start` uses.
import { ensureDatabase, loadDotEnv } from "./lib/app-env";
import { withPrisma } from "./lib/database";
import { parseRoleArgs, setUserRole } from "./lib/user-role";

async function main() {
  loadDotEnv();
  const args = parseRoleArgs(process.argv.slice(2));
  const { url, embedded } = await ensureDatabase(() => undefined);
  try {
    console.log(await withPrisma(url, (prisma) => setUserRole(prisma, args)));
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
