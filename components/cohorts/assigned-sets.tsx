import Link from "next/link";
import type { AssignedSet } from "@/lib/cohorts/queries";
import { StartAssignmentButton } from "@/components/cohorts/start-assignment-button";
import { formatDay } from "@/components/cohorts/labels";

/** What the student must know before starting: their instructor reads sessions run from this set. */
export const visibilityNotice = (instructor: string) =>
  `${instructor} will see the sessions you run from this set: your answers, scores and feedback. Your other sessions stay private unless you share them.`;

/** The dashboard's list of sets assigned to the student's cohorts. */
export function AssignedSets({ sets, at }: { sets: AssignedSet[]; at: Date }) {
  return (
    <section className="card mb-4" aria-labelledby="assigned-heading">
      <div className="card-body">
        <h2 id="assigned-heading" className="h5">
          Assigned by your instructors
        </h2>
        <ul className="list-unstyled mb-0">
          {sets.map((set) => {
            const overdue = !set.done && set.dueAt !== null && set.dueAt.getTime() < at.getTime();
            return (
              <li key={set.id} className="border-top pt-3 mt-3" aria-label={set.name}>
                <div className="d-flex flex-wrap justify-content-between gap-2">
                  <div>
                    <h3 className="h6 mb-1">{set.name}</h3>
                    <p className="small text-body-secondary mb-1">
                      {set.cohort} · {set.questions} question{set.questions === 1 ? "" : "s"}
                      {set.dueAt ? ` · due ${formatDay(set.dueAt)}` : ""}
                    </p>
                    {set.description ? <p className="mb-1">{set.description}</p> : null}
                  </div>
                  <span className={`badge align-self-start ${set.done ? "text-bg-success" : overdue ? "text-bg-danger" : "text-bg-secondary"}`}>
                    {set.done ? "Done" : overdue ? "Overdue" : "To do"}
                  </span>
                </div>
                <p className="small mb-2">
                  <strong>Visible to your instructor.</strong> {visibilityNotice(set.instructor)}
                </p>
                <div className="d-flex flex-wrap align-items-center gap-3">
                  <StartAssignmentButton assignmentId={set.id} label={set.done ? "Practise again" : "Start mock interview"} />
                  {set.latest ? <Link href={`/ai-interview/${set.latest.id}`}>{set.latest.completed ? "Your last session" : "Continue your session"}</Link> : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
