import "server-only";
import { ApiError, GoogleGenAI } from "@google/genai";
import type { GeminiPrompt } from "./prompts";

// The one way this app calls Gemini: our own timeout per attempt, exactly one
// retry on transient failures, JSON validated by the prompt's zod schema, and
// errors that carry only a reason (never the key or the user's text). The
// interview provider, the resume review and the roadmap refiner all ask through it.

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

export type GeminiConnection = { apiKey: string; model: string; baseUrl?: string; timeoutMs?: number };

/** Asks once more on a failure worth retrying; `check` may reject a reply that parsed but is unusable. */
export type GeminiAsk = <T>(prompt: GeminiPrompt<T>, check?: (reply: T) => T) => Promise<T>;

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

export function createGeminiAsk(connection: GeminiConnection): GeminiAsk {
  const timeoutMs = connection.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ai = new GoogleGenAI({
    apiKey: connection.apiKey,
    // Explicit, so GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute the key.
    vertexai: false,
    // No `retryOptions`: the SDK then makes exactly one fetch per call, and the
    // retry policy above is the only one.
    httpOptions: connection.baseUrl ? { baseUrl: connection.baseUrl } : undefined,
  });

  async function attempt<T>(prompt: GeminiPrompt<T>): Promise<T> {
    // Our own controller, so an abort can be told apart from a network error;
    // it also covers reading the body, which the SDK does before returning.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let text: string | undefined;
    try {
      const response = await ai.models.generateContent({
        model: connection.model,
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

  return async function ask<T>(prompt: GeminiPrompt<T>, check: (reply: T) => T = (reply) => reply): Promise<T> {
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
  };
}
