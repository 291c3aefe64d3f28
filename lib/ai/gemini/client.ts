import "server-only";
import { createHash } from "node:crypto";
import { ApiError, GoogleGenAI } from "@google/genai";
import type { AnswerMetrics, Evaluation, GeneratedQuestion } from "@/lib/ai/schema";
import type { AiProvider, EvaluationInput, QuestionInput } from "@/lib/ai/types";
import {
  MAX_FEEDBACK_ITEMS,
  evaluationPrompt,
  questionsPrompt,
  type GeminiPrompt,
  type QuestionReplyItem,
} from "./prompts";

export type GeminiFailureReason =
  | "timeout"
  | "http_429"
  | "http_4xx"
  | "http_5xx"
  | "invalid_json"
  | "schema_mismatch"
  | "network";

/**
 * Why a Gemini call gave up. The message carries only the reason and status:
 * SDK messages echo response bodies, and nothing here may leak the key or the
 * user's answer into logs.
 */
export class GeminiError extends Error {
  readonly reason: GeminiFailureReason;
  readonly status: number | null;

  constructor(reason: GeminiFailureReason, status: number | null = null) {
    super(`Gemini request failed: ${reason}${status === null ? "" : ` (HTTP ${status})`}`);
    this.name = "GeminiError";
    this.reason = reason;
    this.status = status;
  }
}

export type GeminiProviderOptions = {
  apiKey: string;
  model: string;
  baseUrl?: string;
  timeoutMs?: number;
  computeMetrics: (input: EvaluationInput) => AnswerMetrics;
};

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_ATTEMPTS = 2;
// A rate limit or a server hiccup rarely clears the same instant; a short pause
// keeps the worst case near 2 × timeout while giving the retry a chance.
const BACKOFF_MS = 200;

/**
 * Retry policy: exactly one retry on timeout, network errors, 429, 5xx, and on
 * replies that are not valid JSON or do not match the schema (sampling is not
 * deterministic, so a second draw usually parses). Other 4xx are our fault
 * (bad key, bad request) and would fail the same way again.
 */
const RETRYABLE: ReadonlySet<GeminiFailureReason> = new Set([
  "timeout",
  "network",
  "http_429",
  "http_5xx",
  "invalid_json",
  "schema_mismatch",
]);

function httpFailure(status: number): GeminiError {
  if (status === 429) return new GeminiError("http_429", status);
  // 408 is the server reporting our request as too slow: the same as our own timeout.
  if (status === 408) return new GeminiError("timeout", status);
  if (status >= 500) return new GeminiError("http_5xx", status);
  return new GeminiError("http_4xx", status);
}

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
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    // Explicit, so GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute the key.
    vertexai: false,
    // No `retryOptions`: the SDK then makes exactly one fetch per call, and the
    // retry policy above is the only one.
    httpOptions: options.baseUrl ? { baseUrl: options.baseUrl } : undefined,
  });

  async function attempt<T>(prompt: GeminiPrompt<T>): Promise<T> {
    // Our own controller, so an abort can be told apart from a network error;
    // it also covers reading the body, which the SDK does before returning.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let text: string | undefined;
    try {
      const response = await ai.models.generateContent({
        model: options.model,
        contents: prompt.user,
        config: {
          systemInstruction: prompt.system,
          temperature: prompt.temperature,
          responseMimeType: "application/json",
          responseJsonSchema: prompt.jsonSchema,
          abortSignal: controller.signal,
          // Continuation would turn one call into several requests.
          automaticContinuation: false,
        },
      });
      text = response.text;
    } catch (error) {
      if (controller.signal.aborted) throw new GeminiError("timeout");
      if (error instanceof ApiError) throw httpFailure(error.status);
      throw new GeminiError("network");
    } finally {
      clearTimeout(timer);
    }

    // No text at all (a blocked or empty candidate) is as unusable as broken JSON.
    if (text === undefined) throw new GeminiError("invalid_json");
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new GeminiError("invalid_json");
    }
    const parsed = prompt.reply.safeParse(json);
    if (!parsed.success) throw new GeminiError("schema_mismatch");
    return parsed.data;
  }

  async function ask<T>(prompt: GeminiPrompt<T>, check: (reply: T) => T = (reply) => reply): Promise<T> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        return check(await attempt(prompt));
      } catch (error) {
        // Anything but a GeminiError is a bug here, not a failure of Gemini's.
        if (!(error instanceof GeminiError)) throw error;
        if (attemptNumber >= MAX_ATTEMPTS || !RETRYABLE.has(error.reason)) throw error;
        if (error.reason === "http_429" || error.reason === "http_5xx") {
          await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS));
        }
      }
    }
  }

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
      const metrics = options.computeMetrics(input);
      const reply = await ask(evaluationPrompt(input, metrics));
      return {
        source: "gemini",
        score: Math.min(10, Math.max(1, Math.round(reply.score * 10) / 10)),
        strengths: cleanList(reply.strengths),
        improvements: cleanList(reply.improvements),
        suggestions: cleanList(reply.suggestions),
        metrics,
      };
    },
  };
}
