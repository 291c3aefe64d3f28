import "server-only";
import type { AnswerMetrics } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput } from "@/lib/ai/types";
import { createRemoteProvider } from "@/lib/ai/remote-provider";
import { createOpenAiAsk, type OpenAiConnection } from "./ask";

export type OpenAiProviderOptions = OpenAiConnection & {
  computeMetrics: (input: EvaluationInput) => AnswerMetrics;
};

export function createOpenAiProvider(options: OpenAiProviderOptions): AiProvider {
  return createRemoteProvider({ source: "openai", ask: createOpenAiAsk(options), computeMetrics: options.computeMetrics });
}
