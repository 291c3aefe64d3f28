import "server-only";
import OpenAI, { APIError } from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { logger } from "@/lib/logger";
import { createAsk, httpFailure, type AiAsk, type AiPrompt, type AiTransport } from "@/lib/ai/ask";

// The Chat Completions wire format (Ollama, llama.cpp's server, vLLM, LM Studio, hosted APIs);
// the timeout, retry, JSON extraction and validation are lib/ai/ask.ts's.

export type OpenAiConnection = { baseUrl: string; model: string; apiKey?: string; timeoutMs?: number };

/**
 * How strongly the server is asked for JSON. Not every server knows `json_schema`; one that
 * rejects it (HTTP 400) is asked again in JSON mode, then with no response_format at all,
 * and the step that worked is kept for the life of the process.
 */
const FORMATS = ["json_schema", "json_object", "text"] as const;
type Format = (typeof FORMATS)[number];

function responseFormat(format: Format, prompt: AiPrompt<unknown>): ChatCompletionCreateParamsNonStreaming["response_format"] {
  if (format === "json_schema") return { type: "json_schema", json_schema: { name: "reply", schema: prompt.jsonSchema, strict: false } };
  if (format === "json_object") return { type: "json_object" };
  return undefined;
}

/** Seconds or an HTTP date, as Retry-After allows. */
function retryAfterMs(headers: Headers | undefined): number | null {
  const value = headers?.get("retry-after");
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

export function openAiTransport(connection: OpenAiConnection): AiTransport {
  const client = new OpenAI({
    baseURL: connection.baseUrl,
    // The SDK insists on a key; local servers ignore whatever is sent.
    apiKey: connection.apiKey ?? "no-key",
    // Our retry policy is the only one; our own signal is the timeout.
    maxRetries: 0,
  });
  let format: Format = "json_schema";

  return async (prompt, signal) => {
    for (;;) {
      const asked = format;
      try {
        const completion = await client.chat.completions.create(
          {
            model: connection.model,
            temperature: prompt.temperature,
            messages: [
              {
                role: "system",
                // Servers that ignore response_format still see what shape to write.
                content: `${prompt.system}\nThe reply is one JSON value matching this JSON schema, with nothing before or after it:\n${JSON.stringify(prompt.jsonSchema)}`,
              },
              { role: "user", content: prompt.user },
            ],
            response_format: responseFormat(asked, prompt),
          },
          { signal },
        );
        return completion.choices[0]?.message?.content ?? undefined;
      } catch (error) {
        if (signal.aborted || !(error instanceof APIError) || error.status === undefined) throw error;
        const next = FORMATS[FORMATS.indexOf(asked) + 1];
        if (error.status === 400 && next) {
          // Another request may already have stepped down; never step back up.
          if (format === asked) {
            format = next;
            logger.info({ from: asked, to: next }, "OpenAI-compatible server rejected the response format; asking with a simpler one");
          }
          continue;
        }
        throw httpFailure(error.status, retryAfterMs(error.headers));
      }
    }
  };
}

export function createOpenAiAsk(connection: OpenAiConnection): AiAsk {
  return createAsk(openAiTransport(connection), { timeoutMs: connection.timeoutMs });
}
