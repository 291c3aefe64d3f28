import Link from "next/link";
import type { SessionRow } from "@/lib/english/queries";
import { SESSION_TYPE_LABELS } from "@/lib/english/schema";

/** The latest sessions as a table that scrolls inside itself on narrow screens. */
export function RecentSessions({ sessions }: { sessions: SessionRow[] }) {
  if (sessions.length === 0) {
    return (
      <p className="text-body-secondary">
        No sessions yet. Finish a set of exercises and it will be listed here with its score.
      </p>
    );
  }
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle" aria-label="Recent sessions">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Practice</th>
            <th scope="col" className="text-end">
              Score
            </th>
            <th scope="col" className="text-end">
              Exercises
            </th>
            <th scope="col">To work on</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} data-testid="session-row">
              <td className="text-nowrap">{session.createdAt.toLocaleDateString("en", { dateStyle: "medium" })}</td>
              <td>
                <Link href={`/english/sessions/${session.id}`}>
                  {session.sessionType ? SESSION_TYPE_LABELS[session.sessionType] : "Practice"}
                </Link>
                {session.completed ? null : <span className="badge text-bg-warning ms-2">Partly done</span>}
              </td>
              <td className="text-end fw-semibold">{Math.round(session.score)}</td>
              <td className="text-end">{session.exercisesCompleted}</td>
              <td className="small">{session.improvementAreas.slice(0, 3).join("; ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
