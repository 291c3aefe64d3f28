// `npm start`: runs the app with nothing installed but Node. Without
// DATABASE_URL it starts an embedded PostgreSQL under .data/, applies
// migrations, seeds reference data, builds if needed and serves on PORT (3000).
// `npm run dev` does the same with the Next.js dev server.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT, ensureDatabase, ensureSecret, loadDotEnv } from "./lib/app-env";
import { prepareDatabase } from "./lib/database";
import { buildIfNeeded } from "./lib/next-build";
import { EnvSchema } from "../lib/env-schema";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[start] ${line}`);

async function main() {
  loadDotEnv();
  // The test clock lets a cookie move the server's time; never in a real deployment.
  delete process.env.TEST_CLOCK;
  process.env.NEXTAUTH_SECRET = ensureSecret();
  const { url, embedded } = await ensureDatabase(log);
  process.env.DATABASE_URL = url;
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const checked = EnvSchema.safeParse(process.env);
  if (!checked.success) {
    throw new Error(`Invalid environment:\n${checked.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }

  await prepareDatabase(url, log);
  if (!dev) buildIfNeeded(log);

  const next = spawn(join(ROOT, "node_modules", ".bin", "next"), [dev ? "dev" : "start", "-p", port], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  log(`Serving on http://localhost:${port}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (!next.killed) next.kill("SIGTERM");
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
