import "server-only";
import { aiProvider, env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { Evaluation, GeneratedQuestion, Source } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput, QuestionInput } from "@/lib/ai/types";
import { AiProviderError, type AiAsk } from "@/lib/ai/ask";
import { localProvider } from "@/lib/ai/local/provider";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { createGeminiAsk } from "@/lib/ai/gemini/ask";
import { createOpenAiAsk } from "@/lib/ai/openai/ask";
import { createRemoteProvider } from "@/lib/ai/remote-provider";

// The one place the AI provider is chosen (AI_PROVIDER, or Gemini when GEMINI_API_KEY is
// set). A remote provider answers and the local engine takes over on any failure; every
// result says which engine, and which model, produced it, and why the fallback happened.

/** The configured remote model: who it is, and the one way to ask it (lib/ai/ask.ts). */
export type RemoteAi = { source: Exclude<Source, "local">; model: string; ask: AiAsk };

let remote: { ai: RemoteAi; provider: AiProvider } | null | undefined;

function configured(): { ai: RemoteAi; provider: AiProvider } | null {
  if (remote === undefined) {
    const config = env();
    let ai: RemoteAi | null = null;
    const provider = aiProvider(config);
    if (provider === "gemini" && config.GEMINI_API_KEY) {
      ai = {
        source: "gemini",
        model: config.GEMINI_MODEL,
        ask: createGeminiAsk({
          apiKey: config.GEMINI_API_KEY,
          model: config.GEMINI_MODEL,
          baseUrl: config.GEMINI_BASE_URL,
          timeoutMs: config.GEMINI_TIMEOUT_MS,
        }),
      };
    } else if (provider === "openai" && config.OPENAI_BASE_URL && config.OPENAI_MODEL) {
      ai = {
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
    remote = ai
      ? {
          ai,
          provider: createRemoteProvider({
            source: ai.source,
            ask: ai.ask,
            // The model sees, and is guarded by, the same checks the local evaluator makes.
            computeMetrics: (input) => evaluateLocally(input).metrics,
          }),
        }
      : null;
  }
  return remote;
}

/** The remote model in use, for resume reviews and roadmap refinement; null when only the local engine runs. */
export function remoteAi(): RemoteAi | null {
  return configured()?.ai ?? null;
}

/** Which engine answers when nothing fails. */
export function configuredSource(): Source {
  return configured()?.ai.source ?? "local";
}

/** The reason code stored beside a local result that stood in for a remote one. */
export function failureReason(error: unknown): string {
  return error instanceof AiProviderError ? error.reason : "error";
}

export async function generateQuestions(
  input: QuestionInput,
): Promise<{ source: Source; questions: GeneratedQuestion[]; fallbackReason?: string; model?: string }> {
  const remote = configured();
  if (remote) {
    try {
      return { source: remote.ai.source, model: remote.ai.model, questions: await remote.provider.generateQuestions(input) };
    } catch (error) {
      logger.warn({ reason: failureReason(error), provider: remote.ai.source }, "AI question generation failed; using the local bank");
      return { source: "local", questions: await localProvider.generateQuestions(input), fallbackReason: failureReason(error) };
    }
  }
  return { source: "local", questions: await localProvider.generateQuestions(input) };
}

export async function evaluateAnswer(
  input: EvaluationInput,
): Promise<{ evaluation: Evaluation; fallbackReason?: string; model?: string }> {
  const remote = configured();
  if (remote && input.answer.trim().length > 0) {
    try {
      return { evaluation: await remote.provider.evaluateAnswer(input), model: remote.ai.model };
    } catch (error) {
      logger.warn({ reason: failureReason(error), provider: remote.ai.source }, "AI evaluation failed; using the local evaluator");
      return { evaluation: await localProvider.evaluateAnswer(input), fallbackReason: failureReason(error) };
    }
  }
  return { evaluation: await localProvider.evaluateAnswer(input) };
}
