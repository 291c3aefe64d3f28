import "server-only";
import type { z } from "zod";

// The one way this app asks an AI provider for JSON, whichever provider it is: our own
// timeout per attempt, exactly one retry on transient failures, the reply taken from the
// text and validated by the prompt's zod schema, and errors that carry only a reason (never
// a key or the user's text). Provider code (lib/ai/gemini/ask.ts, lib/ai/openai/ask.ts)
// only turns a prompt into a request and the response into text.

export type AiFailureReason =
  | "timeout"
  | "http_429"
  | "http_4xx"
  | "http_5xx"
  | "invalid_json"
  | "schema_mismatch"
  | "network";

/**
 * One request to a provider: the prompt, and the reply it asks for. The JSON schema sent
 * to the provider is derived from the zod schema that validates the reply, so what we ask
 * for and what we accept cannot drift apart. Written once, used by every provider.
 */
export type AiPrompt<T> = {
  system: string;
  user: string;
  temperature: number;
  jsonSchema: Record<string, unknown>;
  reply: z.ZodType<T>;
  /** A recording that goes with the user message, for a provider that hears audio (Gemini). */
  audio?: { mimeType: string; data: Buffer };
};

/**
 * Why a provider call gave up. The message carries only the reason and status: SDK
 * messages echo response bodies, and nothing here may leak the key or the user's answer.
 */
export class AiProviderError extends Error {
  readonly reason: AiFailureReason;
  readonly status: number | null;
  /** From a 429's Retry-After, when the server sent one. */
  readonly retryAfterMs: number | null;

  constructor(reason: AiFailureReason, status: number | null = null, retryAfterMs: number | null = null) {
    super(`AI request failed: ${reason}${status === null ? "" : ` (HTTP ${status})`}`);
    this.name = "AiProviderError";
    this.reason = reason;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The failure an HTTP status stands for. */
export function httpFailure(status: number, retryAfterMs: number | null = null): AiProviderError {
  if (status === 429) return new AiProviderError("http_429", status, retryAfterMs);
  // 408 is the server reporting our request as too slow: the same as our own timeout.
  if (status === 408) return new AiProviderError("timeout", status);
  if (status >= 500) return new AiProviderError("http_5xx", status);
  return new AiProviderError("http_4xx", status);
}

/**
 * A provider's wire format: sends one request and returns the model's text (undefined when
 * there is none). HTTP failures are thrown as AiProviderError (see httpFailure); anything
 * else thrown counts as a timeout when `signal` has fired and as a network error otherwise.
 */
export type AiTransport = (prompt: AiPrompt<unknown>, signal: AbortSignal) => Promise<string | undefined>;

/** Asks once more on a failure worth retrying; `check` may reject a reply that parsed but is unusable. */
export type AiAsk = <T>(prompt: AiPrompt<T>, check?: (reply: T) => T) => Promise<T>;

export const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_ATTEMPTS = 2;
// A rate limit or a server hiccup rarely clears the same instant; a short pause
// keeps the worst case near 2 × timeout while giving the retry a chance.
const BACKOFF_MS = 200;
// A Retry-After is honoured up to this; longer, and the local engine answers sooner.
const MAX_RETRY_AFTER_MS = 2_000;

/**
 * Retry policy: exactly one retry on timeout, network errors, 429, 5xx, and on replies
 * that are not valid JSON or do not match the schema (sampling is not deterministic, so a
 * second draw usually parses). Other 4xx are our fault (bad key, bad request) and would
 * fail the same way again.
 */
const RETRYABLE: ReadonlySet<AiFailureReason> = new Set([
  "timeout",
  "network",
  "http_429",
  "http_5xx",
  "invalid_json",
  "schema_mismatch",
]);

const FENCE = /```(?:json)?\s*\n?([\s\S]*?)```/i;

/**
 * The JSON value in a model's text: the whole text, else a ```json fence, else the span
 * from the first `{` or `[` to the last `}` or `]`. Models without structured output
 * often wrap their JSON in a fence or a sentence; the zod schema decides what counts.
 */
export function extractJson(text: string): unknown {
  const candidates = [text.trim()];
  const fenced = FENCE.exec(text)?.[1];
  if (fenced !== undefined) candidates.push(fenced.trim());
  const start = text.search(/[[{]/);
  const end = Math.max(text.lastIndexOf("}"), text.lastIndexOf("]"));
  if (start >= 0 && end > start) candidates.push(text.slice(start, end + 1));
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // The next candidate may parse.
    }
  }
  throw new AiProviderError("invalid_json");
}

export function createAsk(transport: AiTransport, options: { timeoutMs?: number } = {}): AiAsk {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function attempt<T>(prompt: AiPrompt<T>): Promise<T> {
    // Our own controller, so an abort can be told apart from a network error;
    // it also covers reading the body.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let text: string | undefined;
    try {
      text = await transport(prompt, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) throw new AiProviderError("timeout");
      if (error instanceof AiProviderError) throw error;
      throw new AiProviderError("network");
    } finally {
      clearTimeout(timer);
    }
    // No text at all (a blocked or empty reply) is as unusable as broken JSON.
    if (text === undefined || text.trim() === "") throw new AiProviderError("invalid_json");
    const parsed = prompt.reply.safeParse(extractJson(text));
    if (!parsed.success) throw new AiProviderError("schema_mismatch");
    return parsed.data;
  }

  return async function ask<T>(prompt: AiPrompt<T>, check: (reply: T) => T = (reply) => reply): Promise<T> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        return check(await attempt(prompt));
      } catch (error) {
        // Anything but an AiProviderError is a bug here, not a failure of the provider's.
        if (!(error instanceof AiProviderError)) throw error;
        if (attemptNumber >= MAX_ATTEMPTS || !RETRYABLE.has(error.reason)) throw error;
        if (error.reason === "http_429" || error.reason === "http_5xx") {
          const wait = Math.max(BACKOFF_MS, Math.min(error.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    }
  };
}
