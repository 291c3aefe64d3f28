import Link from "next/link";
import { LEVEL_LABELS } from "@/lib/ai-interview/schema";
import type { AvatarSessionRow } from "@/lib/avatar-interview/queries";

export function AvatarHistoryList({ sessions }: { sessions: AvatarSessionRow[] }) {
  if (sessions.length === 0) {
    return <p className="text-body-secondary">No video interviews yet. Your past sessions will be listed here.</p>;
  }
  return (
    <ul className="list-group" aria-label="Past video interviews">
      {sessions.map((session) => (
        <li
          key={session.id}
          className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2"
        >
          <div>
            <Link href={`/avatar-interview/${session.id}`} className="fw-semibold">
              {session.jobRole}
              {session.company ? ` at ${session.company}` : ""}
            </Link>
            <div className="small text-body-secondary">
              {session.experienceLevel ? `${LEVEL_LABELS[session.experienceLevel]} · ` : ""}
              {session.createdAt.toLocaleDateString("en", { dateStyle: "medium" })}
              {session.videoRecorded ? " · recorded" : ""}
            </div>
          </div>
          <div className="text-end">
            {session.completed ? (
              <span className="badge text-bg-success">{session.averageScore.toFixed(1)}/10</span>
            ) : (
              <span className="badge text-bg-warning">
                In progress · {session.questionsCompleted}/{session.questionsCount}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
