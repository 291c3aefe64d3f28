import type { RoadmapResult } from "@/lib/roadmap/schema";
import { describeFallbackReason, providerName } from "@/lib/ai/fallback-reasons";

/** Says which engine made the roadmap; a fallback says so and why. */
export function SourceNote({ result }: { result: RoadmapResult }) {
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      <span className={`badge ${result.source === "local" ? "text-bg-secondary" : "text-bg-primary"}`} data-testid="roadmap-source">
        {result.source === "local" ? "Built from our curated template (no AI)" : `Refined by AI (${providerName(result.source, result.ai?.model)})`}
      </span>
      {result.fallbackReason ? (
        <span className="small text-body-secondary">
          {describeFallbackReason(result.fallbackReason)}, so this is the template roadmap without AI refinement.
        </span>
      ) : null}
    </span>
  );
}
