import type { Source } from "@/lib/ai/schema";
import { describeFallbackReason, providerName } from "@/lib/ai/fallback-reasons";

/** Says which engine (and which model) produced a result; a fallback says so and why. */
type Kind = "score" | "questions" | "follow-up";

function label(kind: Kind, source: Source, model: string | undefined): string {
  if (source === "local") {
    if (kind === "follow-up") return "Follow-up from the local engine (no AI)";
    return kind === "score" ? "Scored by the local evaluator (no AI)" : "Questions from the curated bank (no AI)";
  }
  const by = source === "gemini" ? "Gemini (AI)" : providerName(source, model);
  if (kind === "follow-up") return `Follow-up asked by ${by}`;
  return kind === "score" ? `Scored by ${by}` : `Questions written by ${by}`;
}

export function SourceBadge({
  source,
  model,
  fallbackReason,
  kind = "score",
}: {
  source: Source | null;
  model?: string;
  fallbackReason?: string;
  kind?: Kind;
}) {
  if (!source) return null;
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      <span className={`badge ${source === "local" ? "text-bg-secondary" : "text-bg-primary"}`} data-testid="source-badge">
        {label(kind, source, model)}
      </span>
      {fallbackReason ? (
        <span className="small text-body-secondary">{describeFallbackReason(fallbackReason)}, so the local engine answered.</span>
      ) : null}
    </span>
  );
}
