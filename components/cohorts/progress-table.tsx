import Link from "next/link";
import type { CohortView } from "@/lib/cohorts/queries";

/** Per student and per set: done or not, average score, weakest questions and links to the sessions. */
export function ProgressTable({ cohort }: { cohort: CohortView }) {
  if (cohort.members.length === 0) return <p className="text-body-secondary">No student has joined yet. Give them the code above.</p>;
  if (cohort.assignments.length === 0) return <p className="text-body-secondary">Assign a set to see progress.</p>;
  return (
    <div className="table-responsive">
      <table className="table align-top">
        <thead>
          <tr>
            <th scope="col">Student</th>
            {cohort.assignments.map((a) => (
              <th scope="col" key={a.id}>
                {a.set.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohort.progress.map((row) => (
            <tr key={row.student.id}>
              <th scope="row">{row.student.name}</th>
              {row.sets.map((cell) => (
                <td key={cell.assignmentId} data-testid={`progress-${row.student.id}-${cell.assignmentId}`}>
                  <span className={`badge ${cell.done ? "text-bg-success" : "text-bg-secondary"}`}>{cell.done ? "Done" : "Not done"}</span>
                  {cell.averageScore !== null ? <div>Average {cell.averageScore}/10</div> : null}
                  {cell.weakest.length > 0 ? (
                    <div className="small">
                      Weakest areas:
                      <ul className="mb-1 ps-3">
                        {cell.weakest.map((w) => (
                          <li key={w.area} title={w.detail}>
                            {w.area}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {cell.sessions.map((session) => (
                    <div key={session.id} className="small">
                      <Link href={`/instructor/sessions/ai/${session.id}`}>
                        Session of {session.createdAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })}
                        {session.completed ? ` · ${session.averageScore}/10` : " · in progress"}
                      </Link>
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
