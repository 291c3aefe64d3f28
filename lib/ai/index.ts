import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { Evaluation, GeneratedQuestion, Source } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput, QuestionInput } from "@/lib/ai/types";
import { localProvider } from "@/lib/ai/local/provider";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { createGeminiProvider, GeminiError } from "@/lib/ai/gemini/client";

// The one place the AI provider is chosen. With GEMINI_API_KEY set, Gemini
// answers and the local engine takes over on any failure; every result says
// which engine produced it, and why the fallback happened when it did.

let remote: AiProvider | null | undefined;

export function remoteProvider(): AiProvider | null {
  if (remote === undefined) {
    const { GEMINI_API_KEY, GEMINI_MODEL, GEMINI_BASE_URL, GEMINI_TIMEOUT_MS } = env();
    remote = GEMINI_API_KEY
      ? createGeminiProvider({
          apiKey: GEMINI_API_KEY,
          model: GEMINI_MODEL,
          baseUrl: GEMINI_BASE_URL,
          timeoutMs: GEMINI_TIMEOUT_MS,
          // Gemini sees, and is guarded by, the same checks the local evaluator makes.
          computeMetrics: (input) => evaluateLocally(input).metrics,
        })
      : null;
  }
  return remote;
}

/** Which engine answers when nothing fails. */
export function configuredSource(): Source {
  return remoteProvider() ? "gemini" : "local";
}

function reasonOf(error: unknown): string {
  return error instanceof GeminiError ? error.reason : "error";
}

export async function generateQuestions(
  input: QuestionInput,
): Promise<{ source: Source; questions: GeneratedQuestion[]; fallbackReason?: string }> {
  const gemini = remoteProvider();
  if (gemini) {
    try {
      return { source: "gemini", questions: await gemini.generateQuestions(input) };
    } catch (error) {
      logger.warn({ reason: reasonOf(error) }, "Gemini question generation failed; using the local bank");
      return { source: "local", questions: await localProvider.generateQuestions(input), fallbackReason: reasonOf(error) };
    }
  }
  return { source: "local", questions: await localProvider.generateQuestions(input) };
}

export async function evaluateAnswer(input: EvaluationInput): Promise<{ evaluation: Evaluation; fallbackReason?: string }> {
  const gemini = remoteProvider();
  if (gemini && input.answer.trim().length > 0) {
    try {
      return { evaluation: await gemini.evaluateAnswer(input) };
    } catch (error) {
      logger.warn({ reason: reasonOf(error) }, "Gemini evaluation failed; using the local evaluator");
      return { evaluation: await localProvider.evaluateAnswer(input), fallbackReason: reasonOf(error) };
    }
  }
  return { evaluation: await localProvider.evaluateAnswer(input) };
}
