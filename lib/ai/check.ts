import "server-only";
import { AiProviderError } from "@/lib/ai/ask";
import { evaluationPrompt } from "@/lib/ai/prompts";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { describeFallbackReason, providerName } from "@/lib/ai/fallback-reasons";
import type { RemoteAi } from "@/lib/ai/remote";
import type { EvaluationInput } from "@/lib/ai/types";

// `npm run ai:check`: one real evaluation request through the same path the app uses
// (same prompt, timeout, retry and zod schema), so "it answers and its JSON validates"
// means the app will get scores from it.

const PROBE: EvaluationInput = {
  question: "Tell me about a time you improved the performance of a system.",
  answer:
    "Our checkout API timed out under load. I profiled it, added a cache for pricing rules and moved emails to a queue. As a result p99 latency fell from 2.1 s to 300 ms.",
  questionType: "behavioral",
  talkingPoints: ["Measurable outcome", "Trade-offs"],
  role: "Backend engineer",
  level: "mid",
};

export type AiCheckResult =
  | { provider: "local"; ok: true }
  | {
      provider: RemoteAi["source"];
      model: string;
      /** Whether the server answered at all (false on timeout, network and HTTP errors). */
      answers: boolean;
      /** Whether the reply parsed as JSON and matched the evaluation schema. */
      jsonValid: boolean;
      latencyMs: number;
      /** The failure reason code, when there was one. */
      reason?: string;
      ok: boolean;
    };

const NO_ANSWER = new Set(["timeout", "network", "http_429", "http_4xx", "http_5xx"]);

export async function checkAi(remote: RemoteAi | null): Promise<AiCheckResult> {
  if (!remote) return { provider: "local", ok: true };
  const started = performance.now();
  try {
    await remote.ask(evaluationPrompt(PROBE, evaluateLocally(PROBE).metrics));
    return { provider: remote.source, model: remote.model, answers: true, jsonValid: true, latencyMs: Math.round(performance.now() - started), ok: true };
  } catch (error) {
    const reason = error instanceof AiProviderError ? error.reason : "error";
    return {
      provider: remote.source,
      model: remote.model,
      answers: !NO_ANSWER.has(reason),
      jsonValid: false,
      latencyMs: Math.round(performance.now() - started),
      reason,
      ok: false,
    };
  }
}

/** The report as a person reads it. */
export function formatAiCheck(result: AiCheckResult): string {
  if (result.provider === "local") {
    return "Provider: local engine (no AI). Set AI_PROVIDER=gemini or AI_PROVIDER=openai to use a model.";
  }
  return [
    `Provider: ${result.provider} (${providerName(result.provider, result.model)}), model ${result.model}`,
    `Answers: ${result.answers ? "yes" : "no"}`,
    `Latency: ${result.latencyMs} ms (one evaluation, retry included)`,
    `JSON validates: ${result.jsonValid ? "yes" : "no"}`,
    result.reason ? `Problem: ${describeFallbackReason(result.reason)} (${result.reason})` : null,
    result.ok ? "OK" : "FAILED: the app would fall back to the local engine",
  ]
    .filter((line) => line !== null)
    .join("\n");
}
