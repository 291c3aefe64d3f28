// `npm run ai:check`: which AI provider is active, whether it answers, its latency and
// whether its JSON validates. Reads .env like `npm start`; needs no database.
// `--json` prints the result as JSON. Exits 1 when the provider would not be used.
import { loadDotEnv } from "./lib/app-env";
import { AiEnvSchema } from "../lib/env-schema";
import { createRemoteAi } from "../lib/ai/remote";
import { checkAi, formatAiCheck } from "../lib/ai/check";

async function main() {
  loadDotEnv();
  const parsed = AiEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error(`Invalid AI configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
    process.exitCode = 1;
    return;
  }
  const result = await checkAi(createRemoteAi(parsed.data));
  console.log(process.argv.includes("--json") ? JSON.stringify(result) : formatAiCheck(result));
  if (!result.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
