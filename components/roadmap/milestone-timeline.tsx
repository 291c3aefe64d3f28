import type { Milestone, Resource } from "@/lib/roadmap/schema";

function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function weeksLabel(milestone: Milestone): string {
  if (milestone.status === "done") return "Already done";
  const span = `${milestone.weeks} week${milestone.weeks === 1 ? "" : "s"}`;
  return `${span} · weeks ${milestone.startWeek + 1}–${milestone.endWeek} · ${formatDate(milestone.startDate)} to ${formatDate(milestone.endDate)}`;
}

/** The milestones in order, as a vertical timeline that reads the same on a phone. */
export function MilestoneTimeline({ milestones, resources }: { milestones: Milestone[]; resources: Resource[] }) {
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  return (
    <ol className="list-unstyled mb-0 border-start border-2 ps-3" aria-label="Milestones">
      {milestones.map((milestone) => (
        <li key={milestone.id} className="mb-4 position-relative" data-testid="milestone">
          <div className={`card${milestone.status === "done" ? " border-success" : ""}`}>
            <div className="card-body">
              <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-1">
                <h3 className="h5 mb-0 text-break">
                  <span className="text-body-secondary me-1">{milestone.order}.</span>
                  {milestone.title}
                </h3>
                <span className="d-flex flex-wrap gap-1">
                  {milestone.kind === "bridge" ? <span className="badge text-bg-info">Bridge</span> : null}
                  {milestone.status === "done" ? <span className="badge text-bg-success">Done</span> : <span className="badge text-bg-light border">To do</span>}
                </span>
              </div>
              <p className="small text-body-secondary mb-2">{weeksLabel(milestone)}</p>
              {milestone.adjustment ? <p className="small mb-2">{milestone.adjustment}</p> : null}
              <h4 className="h6 mb-1">Goals</h4>
              <ul className="mb-2">
                {milestone.goals.map((goal) => (
                  <li key={goal}>{goal}</li>
                ))}
              </ul>
              {milestone.aiTip ? (
                <p className="small border-start border-primary border-3 ps-2 mb-2">
                  <span className="badge text-bg-primary me-1">AI tip</span>
                  {milestone.aiTip}
                </p>
              ) : null}
              <div className="d-flex flex-wrap gap-1 mb-2" aria-label="Skills in this milestone">
                {milestone.skills.map((skill) => (
                  <span key={skill.name} className={`badge ${skill.have ? "text-bg-success" : "text-bg-light border"} fw-normal`}>
                    {skill.have ? "✓ " : ""}
                    {skill.name}
                    {skill.have ? <span className="visually-hidden"> (you have this)</span> : null}
                  </span>
                ))}
              </div>
              {milestone.resourceIds.length > 0 ? (
                <p className="small mb-0">
                  Resources:{" "}
                  {milestone.resourceIds
                    .map((id) => byId.get(id))
                    .filter((resource): resource is Resource => resource !== undefined)
                    .map((resource, index) => (
                      <span key={resource.id}>
                        {index > 0 ? ", " : ""}
                        <a href={resource.url} target="_blank" rel="noopener noreferrer">
                          {resource.title}
                          <span className="visually-hidden"> (opens in a new tab)</span>
                        </a>
                      </span>
                    ))}
                </p>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
