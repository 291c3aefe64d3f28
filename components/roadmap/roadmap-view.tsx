import type { ReactNode } from "react";
import type { RoadmapResult } from "@/lib/roadmap/schema";
import { MilestoneTimeline } from "@/components/roadmap/milestone-timeline";
import { ResourceList } from "@/components/roadmap/resource-list";
import { SkillsPanel } from "@/components/roadmap/skills-panel";
import { SourceNote } from "@/components/roadmap/source-note";
import { DetailList } from "@/components/ui/detail-list";

function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** One part of the roadmap under its own heading, a region screen readers can jump to. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-4">
      <h2 id={`${id}-heading`} className="h4 mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A finished roadmap: summary and timeline, milestones, skills and resources. */
export function RoadmapView({ result, targetRole }: { result: RoadmapResult; targetRole: string }) {
  const { timeline } = result;
  const saved = timeline.baselineWeeks - timeline.totalWeeks;
  return (
    <>
      <div className="mb-3">
        <SourceNote result={result} />
      </div>
      {result.template.match === "closest" ? (
        <p className="alert alert-info py-2">
          We have no roadmap named “{targetRole}”, so this plan follows the closest one:{" "}
          <strong>{result.template.title}</strong>.
        </p>
      ) : null}

      <section aria-labelledby="overview-heading" className="card mb-4">
        <div className="card-body">
          <h2 id="overview-heading" className="h5">
            Overview
          </h2>
          <p>{result.summary}</p>
          {result.ai ? (
            <p className="border-start border-primary border-3 ps-2">
              <span className="badge text-bg-primary me-1">AI summary</span>
              {result.ai.summary}
            </p>
          ) : null}
          <DetailList
            testId="roadmap-timeline"
            className="row mb-0"
            termClassName="col-sm-4"
            detailClassName="col-sm-8"
            items={[
              { term: "Start", detail: formatDate(timeline.startDate) },
              { term: "Target date", detail: formatDate(timeline.targetDate) },
              {
                term: "Length",
                className: "mb-0",
                detail: (
                  <>
                    {timeline.totalWeeks} weeks
                    {saved > 0 ? ` (${saved} weeks shorter than the standard ${timeline.baselineWeeks}-week plan)` : ""}
                    {saved < 0
                      ? ` (${-saved} weeks longer than the standard ${timeline.baselineWeeks}-week plan, to leave time for practice)`
                      : ""}
                  </>
                ),
              },
            ]}
          />
        </div>
      </section>

      <Part id="milestones" title="Milestones">
        <MilestoneTimeline milestones={result.milestones} resources={result.resources} />
      </Part>
      <Part id="skills" title="Skills">
        <SkillsPanel skills={result.skills} otherSkills={result.otherSkills} />
      </Part>
      <Part id="resources" title="Resources">
        <ResourceList resources={result.resources} />
      </Part>
    </>
  );
}
