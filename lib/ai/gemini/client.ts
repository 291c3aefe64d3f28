import "server-only";
import type { AnswerMetrics } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput } from "@/lib/ai/types";
import { createRemoteProvider } from "@/lib/ai/remote-provider";
import { createGeminiAsk, type GeminiConnection } from "./ask";

export { GeminiError, type GeminiFailureReason } from "./ask";

export type GeminiProviderOptions = GeminiConnection & {
  computeMetrics: (input: EvaluationInput) => AnswerMetrics;
};

export function createGeminiProvider(options: GeminiProviderOptions): AiProvider {
  return createRemoteProvider({ source: "gemini", ask: createGeminiAsk(options), computeMetrics: options.computeMetrics });
}
