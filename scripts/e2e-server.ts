// The server Playwright tests run against (see scripts/lib/test-server.ts). Its
// database URL is written to .data/e2e/<port>/database-url so fixtures can check
// what was (or was not) stored. TEST_CLOCK lets tests move the server's clock.
//
// With E2E_AI_PROVIDER=openai it runs with AI_PROVIDER=openai against a loopback fake of the
// Chat Completions API started here, and writes the fake's control URL (tests/fakes/openai-control.ts)
// to .data/e2e/<port>/openai-control-url for the specs in e2e/openai.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "./lib/app-env";
import { startTestServer } from "./lib/test-server";
import { startFakeOpenAi, type FakeOpenAi } from "../tests/fakes/openai-server";
import { startFakeOpenAiControl, type FakeOpenAiControl } from "../tests/fakes/openai-control";

const port = process.env.E2E_PORT ?? "3100";
const provider = process.env.E2E_AI_PROVIDER ?? "local";
// The model name a user of Ollama would configure; e2e/openai/fixtures.ts expects it on every label.
const E2E_OPENAI_MODEL = "llama3.1:8b";
// Sent by the app and required by the fake, so a key that went missing on the way would show.
const E2E_OPENAI_KEY = "e2e-fake-openai-key";

async function startFake(): Promise<{ fake: FakeOpenAi; control: FakeOpenAiControl; env: Record<string, string> }> {
  const fake = await startFakeOpenAi();
  fake.requireKey(E2E_OPENAI_KEY);
  const control = await startFakeOpenAiControl(fake, () => {
    fake.reset();
    fake.requireKey(E2E_OPENAI_KEY);
  });
  const env = {
    AI_PROVIDER: "openai",
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: E2E_OPENAI_MODEL,
    OPENAI_API_KEY: E2E_OPENAI_KEY,
    // The fake answers at once; a hang should fail a spec quickly, not after 2 × 30 s.
    OPENAI_TIMEOUT_MS: "5000",
    // Whatever the shell has must not make this server ask Gemini instead.
    GEMINI_API_KEY: "",
  };
  return { fake, control, env };
}

async function main() {
  if (provider !== "local" && provider !== "openai") throw new Error(`E2E_AI_PROVIDER must be local or openai, not ${provider}`);
  const openai = provider === "openai" ? await startFake() : null;
  const server = await startTestServer({
    port,
    env: { TEST_CLOCK: "1", ...openai?.env },
    log: (line) => console.log(`[e2e-server] ${line}`),
  });
  mkdirSync(join(DATA_DIR, "e2e", port), { recursive: true });
  writeFileSync(join(DATA_DIR, "e2e", port, "database-url"), server.databaseUrl);
  if (openai) writeFileSync(join(DATA_DIR, "e2e", port, "openai-control-url"), openai.control.url);
  const stop = async () => {
    await server.stop();
    await openai?.control.close();
    await openai?.fake.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.next.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
