import "server-only";
import { ApiError, GoogleGenAI } from "@google/genai";
import { AiProviderError, createAsk, httpFailure, type AiAsk, type AiTransport } from "@/lib/ai/ask";

// Gemini's wire format only; the timeout, retry and validation are lib/ai/ask.ts's.

/** Kept for callers that name Gemini; the same class as every provider's error. */
export { AiProviderError as GeminiError, type AiFailureReason as GeminiFailureReason, type AiAsk as GeminiAsk } from "@/lib/ai/ask";

export type GeminiConnection = { apiKey: string; model: string; baseUrl?: string; timeoutMs?: number };

export function geminiTransport(connection: GeminiConnection): AiTransport {
  const ai = new GoogleGenAI({
    apiKey: connection.apiKey,
    // Explicit, so GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute the key.
    vertexai: false,
    // No `retryOptions`: the SDK then makes exactly one fetch per call, and the
    // retry policy of lib/ai/ask.ts is the only one.
    httpOptions: connection.baseUrl ? { baseUrl: connection.baseUrl } : undefined,
  });
  return async (prompt, signal) => {
    try {
      const response = await ai.models.generateContent({
        model: connection.model,
        contents: prompt.audio
          ? [{ role: "user", parts: [{ text: prompt.user }, { inlineData: { mimeType: prompt.audio.mimeType, data: prompt.audio.data.toString("base64") } }] }]
          : prompt.user,
        config: {
          systemInstruction: prompt.system,
          temperature: prompt.temperature,
          responseMimeType: "application/json",
          responseJsonSchema: prompt.jsonSchema,
          abortSignal: signal,
          // Continuation would turn one call into several requests.
          automaticContinuation: false,
        },
      });
      return response.text;
    } catch (error) {
      if (error instanceof ApiError && !signal.aborted) throw httpFailure(error.status);
      throw error instanceof AiProviderError ? error : new Error("Gemini request failed");
    }
  };
}

export function createGeminiAsk(connection: GeminiConnection): AiAsk {
  return createAsk(geminiTransport(connection), { timeoutMs: connection.timeoutMs });
}
