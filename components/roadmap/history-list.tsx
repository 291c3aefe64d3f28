import Link from "next/link";
import type { RoadmapListItem } from "@/lib/roadmap/queries";
import { STATUS_LABELS } from "@/lib/roadmap/schema";
import { DeleteRoadmapButton } from "@/components/roadmap/roadmap-buttons";

const TONES: Record<RoadmapListItem["status"], string> = {
  queued: "text-bg-light border",
  running: "text-bg-warning",
  done: "text-bg-success",
  failed: "text-bg-danger",
};

export function HistoryList({ roadmaps }: { roadmaps: RoadmapListItem[] }) {
  if (roadmaps.length === 0) {
    return <p className="text-body-secondary">No roadmaps yet. The ones you build are kept here.</p>;
  }
  return (
    <ul className="list-group" aria-label="Your roadmaps">
      {roadmaps.map((roadmap) => {
        const name = `${roadmap.currentRole} → ${roadmap.targetRole}`;
        return (
          <li key={roadmap.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2" data-testid="roadmap-item">
            <div className="text-break">
              <Link href={`/roadmap/${roadmap.id}`} className="fw-semibold">
                {name}
              </Link>
              <div className="small text-body-secondary">
                {roadmap.experienceYears} years of experience · {roadmap.createdAt.toLocaleDateString("en", { dateStyle: "medium" })}
                {roadmap.source && roadmap.source !== "local" ? " · Refined by AI" : ""}
              </div>
            </div>
            <div className="d-flex flex-wrap align-items-center gap-2">
              <span className={`badge ${TONES[roadmap.status]}`}>
                {STATUS_LABELS[roadmap.status]}
                {roadmap.status === "running" ? ` · ${roadmap.progress}%` : ""}
              </span>
              <DeleteRoadmapButton id={roadmap.id} name={name} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
