import Link from "next/link";
import { LEVEL_LABELS } from "@/lib/interview-session/schema";
import { isPastUpcoming } from "@/lib/interviews/schema";
import type { InterviewListItem } from "@/lib/interviews/queries";
import { Countdown } from "@/components/interviews/countdown";
import { DeleteInterviewButton } from "@/components/interviews/delete-buttons";
import { LocalTime } from "@/components/interviews/local-time";
import { PastDateWarning } from "@/components/interviews/past-date-warning";
import { PrepPlan } from "@/components/interviews/prep-plan";
import { StatusBadge } from "@/components/interviews/status-badge";

/** The interviews of one page, as cards that stack on a phone. */
export function InterviewList({ items, now }: { items: InterviewListItem[]; now: Date }) {
  return (
    <ul className="list-unstyled d-grid gap-3 mb-4" aria-label="Your interviews">
      {items.map((interview) => {
        const name = `${interview.position} at ${interview.company}`;
        const past = isPastUpcoming(interview, now);
        return (
          <li key={interview.id} className="card" data-testid="interview-item">
            <div className="card-body">
              <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
                <div className="text-break">
                  <h3 className="h5 mb-1">
                    <Link href={`/interviews/${interview.id}`}>{name}</Link>
                  </h3>
                  <div className="small text-body-secondary">
                    <LocalTime iso={interview.date.toISOString()} />
                    {interview.level ? ` · ${LEVEL_LABELS[interview.level]}` : ""}
                    {interview.performance !== null ? ` · Performance ${interview.performance}/5` : ""}
                  </div>
                </div>
                <div className="d-flex flex-wrap align-items-center gap-2">
                  {interview.status === "upcoming" && !past ? (
                    <Countdown targetIso={interview.date.toISOString()} nowIso={now.toISOString()} />
                  ) : null}
                  <StatusBadge status={interview.status} />
                </div>
              </div>
              {past ? <PastDateWarning /> : null}
              {interview.status === "upcoming" ? (
                <div className="mb-2">
                  <PrepPlan interview={interview} />
                </div>
              ) : null}
              <div className="d-flex flex-wrap gap-2">
                <Link
                  href={`/interviews/${interview.id}/edit`}
                  className="btn btn-outline-primary btn-sm"
                  aria-label={`Edit ${name}`}
                >
                  Edit
                </Link>
                <DeleteInterviewButton id={interview.id} name={name} />
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
