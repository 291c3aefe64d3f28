import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { Evaluation, GeneratedQuestion, Source } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput, QuestionInput } from "@/lib/ai/types";
import { AiProviderError } from "@/lib/ai/ask";
import { localProvider } from "@/lib/ai/local/provider";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { createRemoteAi, type RemoteAi } from "@/lib/ai/remote";
import { createRemoteProvider } from "@/lib/ai/remote-provider";
import type { FollowUpTarget } from "@/lib/ai/schema";
import { findGaps } from "@/lib/ai/local/follow-up";
import { followUpPrompt } from "@/lib/ai/prompts";
import { guardFollowUp, OFF_TARGET, type FollowUp } from "@/lib/ai/follow-up";

// The one place the app gets its AI provider (chosen in lib/ai/remote.ts from AI_PROVIDER, or Gemini when GEMINI_API_KEY is
// set). A remote provider answers and the local engine takes over on any failure; every
// result says which engine, and which model, produced it, and why the fallback happened.

export type { RemoteAi } from "@/lib/ai/remote";

let remote: { ai: RemoteAi; provider: AiProvider } | null | undefined;

function configured(): { ai: RemoteAi; provider: AiProvider } | null {
  if (remote === undefined) {
    const ai = createRemoteAi(env());
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

export type FollowUpResult = { source: Source; followUp: FollowUp | null; fallbackReason?: string; model?: string };

/**
 * The follow-up to an answer (or to a thread: its answers joined), or null when nothing needs
 * probing. The gaps are found locally; a remote model picks one and words it, and the local
 * follow-up stands in when the model fails or strays from the gaps.
 */
export async function generateFollowUp(input: EvaluationInput & { asked?: readonly FollowUpTarget[] }): Promise<FollowUpResult> {
  const metrics = evaluateLocally(input).metrics;
  const gaps = findGaps({ ...input, metrics });
  const local = gaps[0] ?? null;
  const remote = configured();
  if (!remote || input.answer.trim() === "") return { source: "local", followUp: local };
  try {
    const reply = await remote.ai.ask(followUpPrompt(input, gaps));
    const guarded = guardFollowUp(reply, gaps, input);
    if (guarded === "rejected") {
      logger.warn({ provider: remote.ai.source }, "AI follow-up strayed from the open gaps; using the local one");
      return { source: "local", followUp: local, fallbackReason: OFF_TARGET };
    }
    return { source: remote.ai.source, model: remote.ai.model, followUp: guarded };
  } catch (error) {
    logger.warn({ reason: failureReason(error), provider: remote.ai.source }, "AI follow-up failed; using the local engine");
    return { source: "local", followUp: local, fallbackReason: failureReason(error) };
  }
}
