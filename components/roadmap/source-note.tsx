import type { RoadmapResult } from "@/lib/roadmap/schema";

const REASONS: Record<string, string> = {
  timeout: "Gemini did not answer in time",
  http_429: "Gemini's rate limit was reached",
  http_4xx: "Gemini refused the request",
  http_5xx: "Gemini had a server error",
  invalid_json: "Gemini's reply was not valid JSON",
  schema_mismatch: "Gemini's reply was incomplete",
  network: "Gemini could not be reached",
};

/** Says which engine made the roadmap; a fallback says so and why. */
export function SourceNote({ result }: { result: RoadmapResult }) {
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      <span className={`badge ${result.source === "gemini" ? "text-bg-primary" : "text-bg-secondary"}`} data-testid="roadmap-source">
        {result.source === "gemini" ? "Refined by AI (Gemini)" : "Built from our curated template (no AI)"}
      </span>
      {result.fallbackReason ? (
        <span className="small text-body-secondary">
          {REASONS[result.fallbackReason] ?? "Gemini was unavailable"}, so this is the template roadmap without AI refinement.
        </span>
      ) : null}
    </span>
  );
}
