import "server-only";
import { aiProvider, type AiEnv } from "@/lib/env-schema";
import type { Source } from "@/lib/ai/schema";
import type { AiAsk } from "@/lib/ai/ask";
import { createGeminiAsk } from "@/lib/ai/gemini/ask";
import { createOpenAiAsk } from "@/lib/ai/openai/ask";

/** The configured remote model: who it is, and the one way to ask it (lib/ai/ask.ts). */
export type RemoteAi = { source: Exclude<Source, "local">; model: string; ask: AiAsk };

/** The remote model the validated env asks for; null when the local engine is the provider. */
export function createRemoteAi(config: AiEnv): RemoteAi | null {
  const provider = aiProvider(config);
  if (provider === "gemini" && config.GEMINI_API_KEY) {
    return {
      source: "gemini",
      model: config.GEMINI_MODEL,
      ask: createGeminiAsk({
        apiKey: config.GEMINI_API_KEY,
        model: config.GEMINI_MODEL,
        baseUrl: config.GEMINI_BASE_URL,
        timeoutMs: config.GEMINI_TIMEOUT_MS,
      }),
    };
  }
  if (provider === "openai" && config.OPENAI_BASE_URL && config.OPENAI_MODEL) {
    return {
      source: "openai",
      model: config.OPENAI_MODEL,
      ask: createOpenAiAsk({
        baseUrl: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        apiKey: config.OPENAI_API_KEY,
        timeoutMs: config.OPENAI_TIMEOUT_MS,
      }),
    };
  }
  return null;
}
