import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getRoadmap } from "@/lib/roadmap/queries";
import { RoadmapProgress } from "@/components/roadmap/roadmap-progress";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import { DeleteRoadmapButton, RetryRoadmapButton } from "@/components/roadmap/roadmap-buttons";

export const metadata: Metadata = { title: "Career roadmap" };

export default async function RoadmapDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/roadmap/${id}`);
  const roadmap = await getRoadmap(user.id, id);
  if (!roadmap) notFound();
  const name = `${roadmap.currentRole} → ${roadmap.targetRole}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/roadmap">← All roadmaps</Link>
      </nav>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-1">
        <h1 className="h3 mb-0 text-break">{roadmap.result ? `Roadmap: ${roadmap.result.template.title}` : `Roadmap: ${roadmap.targetRole}`}</h1>
        <DeleteRoadmapButton id={roadmap.id} name={name} then="/roadmap" />
      </div>
      <p className="text-body-secondary mb-3 text-break">
        From {roadmap.currentRole} to {roadmap.targetRole} · {roadmap.experienceYears} years of experience
        {roadmap.skills.length > 0 ? ` · ${roadmap.skills.length} skills listed` : ""}
      </p>

      {roadmap.status === "done" && roadmap.result ? (
        <RoadmapView result={roadmap.result} targetRole={roadmap.targetRole} />
      ) : roadmap.status === "failed" ? (
        <section aria-labelledby="failed-heading" className="card border-danger mb-4">
          <div className="card-body">
            <h2 id="failed-heading" className="h5">
              We could not build this roadmap
            </h2>
            <p role="alert">{roadmap.error ?? "Something went wrong while building it."}</p>
            <RetryRoadmapButton id={roadmap.id} />
          </div>
        </section>
      ) : roadmap.status === "done" ? (
        <p className="alert alert-warning">This roadmap was saved in an older format and cannot be shown. Delete it and build a new one.</p>
      ) : (
        <RoadmapProgress
          initial={{ id: roadmap.id, status: roadmap.status, progress: roadmap.progress, stage: roadmap.stage, error: roadmap.error }}
        />
      )}
    </>
  );
}
