import type { Source } from "@/lib/ai/schema";
import { describeFallbackReason } from "@/lib/ai/fallback-reasons";

/** Says which engine produced a result; a fallback says so and why. */
const LABELS = {
  score: { gemini: "Scored by Gemini (AI)", local: "Scored by the local evaluator (no AI)" },
  questions: { gemini: "Questions written by Gemini (AI)", local: "Questions from the curated bank (no AI)" },
} as const;

export function SourceBadge({
  source,
  fallbackReason,
  kind = "score",
}: {
  source: Source | null;
  fallbackReason?: string;
  kind?: keyof typeof LABELS;
}) {
  if (!source) return null;
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      <span className={`badge ${source === "gemini" ? "text-bg-primary" : "text-bg-secondary"}`} data-testid="source-badge">
        {LABELS[kind][source]}
      </span>
      {fallbackReason ? (
        <span className="small text-body-secondary">{describeFallbackReason(fallbackReason)}, so the local engine answered.</span>
      ) : null}
    </span>
  );
}
