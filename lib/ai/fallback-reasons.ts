import type { GeminiFailureReason } from "@/lib/ai/gemini/ask";

// Why the local engine answered instead of Gemini, in words a user understands.
// Shared by every page that labels a result's source.
const REASONS: Record<GeminiFailureReason, string> = {
  timeout: "Gemini did not answer in time",
  http_429: "Gemini's rate limit was reached",
  http_4xx: "Gemini refused the request",
  http_5xx: "Gemini had a server error",
  invalid_json: "Gemini's reply was not valid JSON",
  schema_mismatch: "Gemini's reply was incomplete",
  network: "Gemini could not be reached",
};

export function describeFallbackReason(reason: string): string {
  return (REASONS as Record<string, string>)[reason] ?? "Gemini was unavailable";
}
