import type { AiFailureReason } from "@/lib/ai/ask";
import type { Source } from "@/lib/ai/schema";

// Why the local engine answered instead of the AI provider, and who made a result, in
// words a user understands. Shared by every page that labels a result's source.
const REASONS: Record<AiFailureReason, string> = {
  timeout: "The AI provider did not answer in time",
  http_429: "The AI provider's rate limit was reached",
  http_4xx: "The AI provider refused the request",
  http_5xx: "The AI provider had a server error",
  invalid_json: "The AI provider's reply was not valid JSON",
  schema_mismatch: "The AI provider's reply was incomplete",
  network: "The AI provider could not be reached",
};

// Reasons that are not provider failures: the reply arrived but the local checks rejected it.
const GUARDED: Record<string, string> = {
  off_target: "The AI provider's follow-up probed something the checks did not find missing",
};

export function describeFallbackReason(reason: string): string {
  return (REASONS as Record<string, string>)[reason] ?? GUARDED[reason] ?? "The AI provider was unavailable";
}

/** "Gemini" or "llama3.1:8b via OpenAI-compatible API": which AI made a result. */
export function providerName(source: Exclude<Source, "local">, model?: string): string {
  if (source === "gemini") return "Gemini";
  return `${model ?? "a model"} via OpenAI-compatible API`;
}
