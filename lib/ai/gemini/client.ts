import "server-only";
import { createHash } from "node:crypto";
import type { AnswerMetrics, Evaluation, GeneratedQuestion } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput, QuestionInput } from "@/lib/ai/types";
import {
  MAX_FEEDBACK_ITEMS,
  evaluationPrompt,
  questionsPrompt,
  type QuestionReplyItem,
} from "./prompts";
import { createGeminiAsk, GeminiError, type GeminiConnection } from "./ask";
import { guardWithLocalChecks } from "@/lib/ai/guard";

export { GeminiError, type GeminiFailureReason } from "./ask";

export type GeminiProviderOptions = GeminiConnection & {
  computeMetrics: (input: EvaluationInput) => AnswerMetrics;
};

function questionId(text: string): string {
  return `gemini-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

function cleanList(items: string[]): string[] {
  return items
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .slice(0, MAX_FEEDBACK_ITEMS);
}

export function createGeminiProvider(options: GeminiProviderOptions): AiProvider {
  const ask = createGeminiAsk(options);

  return {
    source: "gemini",

    async generateQuestions(input: QuestionInput): Promise<GeneratedQuestion[]> {
      const items = await ask(questionsPrompt(input), (reply) => {
        // Ids come from the text, so a repeated question would repeat an id.
        const byText = new Map<string, QuestionReplyItem>();
        for (const item of reply) if (!byText.has(item.text)) byText.set(item.text, item);
        const unique = [...byText.values()];
        if (unique.length < input.count) throw new GeminiError("schema_mismatch");
        return unique.slice(0, input.count);
      });
      return items.map((item) => ({
        id: questionId(item.text),
        text: item.text,
        type: item.type,
        difficulty: item.difficulty,
        talkingPoints: item.talkingPoints,
      }));
    },

    async evaluateAnswer(input: EvaluationInput): Promise<Evaluation> {
      const local = options.computeMetrics(input);
      const reply = await ask(evaluationPrompt(input, local));
      const { metrics, cap } = guardWithLocalChecks(local, reply);
      return {
        source: "gemini",
        score: Math.min(cap, Math.min(10, Math.max(1, Math.round(reply.score * 10) / 10))),
        strengths: cleanList(reply.strengths),
        improvements: cleanList([...reply.contradictedClaims.map((c) => `${c.correction} (you said: ${c.claim})`), ...reply.improvements]),
        suggestions: cleanList(reply.suggestions),
        metrics,
      };
    },
  };
}
