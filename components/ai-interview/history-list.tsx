import Link from "next/link";
import { FORMAT_LABELS, LEVEL_LABELS } from "@/lib/ai-interview/schema";
import type { listSessions } from "@/lib/ai-interview/queries";

type Row = Awaited<ReturnType<typeof listSessions>>[number];

export function HistoryList({ sessions }: { sessions: Row[] }) {
  if (sessions.length === 0) {
    return <p className="text-body-secondary">No sessions yet. Your past interviews will be listed here.</p>;
  }
  return (
    <ul className="list-group" aria-label="Past sessions">
      {sessions.map((session) => (
        <li key={session.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
          <div>
            <Link href={`/ai-interview/${session.id}`} className="fw-semibold">
              {session.position}
              {session.company ? ` at ${session.company}` : ""}
            </Link>
            <div className="small text-body-secondary">
              {LEVEL_LABELS[session.level]} · {FORMAT_LABELS[session.format]} ·{" "}
              {session.createdAt.toLocaleDateString("en", { dateStyle: "medium" })}
            </div>
          </div>
          <div className="text-end">
            {session.completed ? (
              <span className="badge text-bg-success">{session.averageScore.toFixed(1)}/10</span>
            ) : (
              <span className="badge text-bg-warning">
                In progress · {session.questionsAnswered}/{session.questionsAsked}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
