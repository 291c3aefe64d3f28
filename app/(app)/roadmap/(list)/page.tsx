import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { configuredSource } from "@/lib/ai";
import { listRoadmaps } from "@/lib/roadmap/queries";
import { templateOptions } from "@/lib/roadmap/templates";
import { RoadmapForm } from "@/components/roadmap/roadmap-form";
import { HistoryList } from "@/components/roadmap/history-list";

export const metadata: Metadata = { title: "Career roadmap" };

export default async function RoadmapPage() {
  const user = await requireUser("/roadmap");
  const [roles, roadmaps] = await Promise.all([templateOptions(), listRoadmaps(user.id)]);
  return (
    <>
      <h1 className="h2 mb-1">Career roadmap</h1>
      <p className="text-body-secondary mb-4">
        Tell us where you are and where you want to be: you get milestones, the skills to learn first, resources and a timeline.
      </p>
      <div className="card mb-5">
        <div className="card-body">
          <RoadmapForm roles={roles} engine={configuredSource()} />
        </div>
      </div>
      <h2 className="h4 mb-3">Your roadmaps</h2>
      <HistoryList roadmaps={roadmaps} />
    </>
  );
}
