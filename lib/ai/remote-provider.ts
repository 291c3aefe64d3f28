import "server-only";
import { createHash } from "node:crypto";
import type { AnswerMetrics, Evaluation, GeneratedQuestion, Source } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput, QuestionInput } from "@/lib/ai/types";
import { AiProviderError, type AiAsk } from "@/lib/ai/ask";
import { MAX_FEEDBACK_ITEMS, evaluationPrompt, questionsPrompt, type QuestionReplyItem } from "@/lib/ai/prompts";
import { guardWithLocalChecks } from "@/lib/ai/guard";

// The interview provider for any remote model: the same prompts, the same checks on the
// reply, the same local guard on the score. Only `ask` (the wire format) differs.

export type RemoteProviderOptions = {
  source: Exclude<Source, "local">;
  ask: AiAsk;
  computeMetrics: (input: EvaluationInput) => AnswerMetrics;
};

function cleanList(items: string[]): string[] {
  return items
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .slice(0, MAX_FEEDBACK_ITEMS);
}

export function createRemoteProvider({ source, ask, computeMetrics }: RemoteProviderOptions): AiProvider {
  const questionId = (text: string) => `${source}-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;

  return {
    source,

    async generateQuestions(input: QuestionInput): Promise<GeneratedQuestion[]> {
      const items = await ask(questionsPrompt(input), (reply) => {
        // Ids come from the text, so a repeated question would repeat an id.
        const byText = new Map<string, QuestionReplyItem>();
        for (const item of reply) if (!byText.has(item.text)) byText.set(item.text, item);
        const unique = [...byText.values()];
        if (unique.length < input.count) throw new AiProviderError("schema_mismatch");
        return unique.slice(0, input.count);
      });
      return items.map((item) => ({
        id: questionId(item.text),
        text: item.text,
        type: item.type,
        difficulty: item.difficulty,
        talkingPoints: item.talkingPoints,
        // A question from a document always says why; the model's reason, or the plain fact of its source.
        ...(input.document
          ? { reason: item.reason ?? (input.document.kind === "job" ? "written for this job description" : "written for your resume") }
          : {}),
      }));
    },

    async evaluateAnswer(input: EvaluationInput): Promise<Evaluation> {
      const local = computeMetrics(input);
      const reply = await ask(evaluationPrompt(input, local));
      // The model can be talked round by the answer it grades; the local checks cannot.
      const { metrics, cap } = guardWithLocalChecks(local, reply);
      return {
        source,
        score: Math.min(cap, Math.min(10, Math.max(1, Math.round(reply.score * 10) / 10))),
        strengths: cleanList(reply.strengths),
        improvements: cleanList([...reply.contradictedClaims.map((c) => `${c.correction} (you said: ${c.claim})`), ...reply.improvements]),
        suggestions: cleanList(reply.suggestions),
        metrics,
      };
    },
  };
}
