// `npm run ai:check` against the loopback Chat Completions fake: the report says which
// provider is active, whether it answers, how long it took and whether its JSON validates.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AiEnvSchema } from "@/lib/env-schema";
import { createRemoteAi } from "@/lib/ai/remote";
import { checkAi, formatAiCheck } from "@/lib/ai/check";
import { startFakeOpenAi, type FakeOpenAi } from "../fakes/openai-server";

const run = promisify(execFile);
let fake: FakeOpenAi;

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

function openAiEnv(extra: Record<string, string> = {}) {
  return { AI_PROVIDER: "openai", OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "llama3.1:8b", OPENAI_TIMEOUT_MS: "300", ...extra };
}

function check(extra: Record<string, string> = {}) {
  return checkAi(createRemoteAi(AiEnvSchema.parse(openAiEnv(extra))));
}

describe("ai:check", () => {
  it("reports a working OpenAI-compatible server, with the key it was given", async () => {
    fake.requireKey("sk-test-not-secret");
    const result = await check({ OPENAI_API_KEY: "sk-test-not-secret" });
    expect(result).toMatchObject({ provider: "openai", model: "llama3.1:8b", answers: true, jsonValid: true, ok: true });
    expect(result.provider === "openai" && result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(formatAiCheck(result)).toContain("JSON validates: yes");
    expect(fake.requests).toHaveLength(1);
  });

  it("says the server answers but its JSON does not validate", async () => {
    fake.setMode("schema_mismatch");
    const result = await check();
    expect(result).toMatchObject({ answers: true, jsonValid: false, reason: "schema_mismatch", ok: false });
    expect(formatAiCheck(result)).toContain("FAILED");
  });

  it("says the server does not answer when it refuses the key or is too slow", async () => {
    fake.setMode("unauthorized");
    expect(await check()).toMatchObject({ answers: false, jsonValid: false, reason: "http_4xx" });
    fake.setMode("slow");
    expect(await check()).toMatchObject({ answers: false, reason: "timeout" });
  });

  it("reports the local engine when no provider is configured", async () => {
    expect(await checkAi(createRemoteAi(AiEnvSchema.parse({})))).toEqual({ provider: "local", ok: true });
  });

  it("runs as `npm run ai:check` and exits 0 when the provider works", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/ai-check.ts", "--json"], {
      env: { ...process.env, GEMINI_API_KEY: "", ...openAiEnv() },
    });
    expect(JSON.parse(stdout)).toMatchObject({ provider: "openai", model: "llama3.1:8b", answers: true, jsonValid: true, ok: true });
    expect(fake.requests).toHaveLength(1);
  });
});
