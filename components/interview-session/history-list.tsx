import Link from "next/link";
import { FORMAT_LABELS, KIND_PATHS, LEVEL_LABELS, type SessionKind } from "@/lib/interview-session/schema";
import type { SessionRow } from "@/lib/interview-session/queries";

const COPY: Record<SessionKind, { label: string; empty: string }> = {
  text: { label: "Past sessions", empty: "No sessions yet. Your past interviews will be listed here." },
  avatar: { label: "Past video interviews", empty: "No video interviews yet. Your past sessions will be listed here." },
};

/** The user's past sessions of one kind, each with its score or progress. */
export function HistoryList({ kind, sessions }: { kind: SessionKind; sessions: SessionRow[] }) {
  if (sessions.length === 0) return <p className="text-body-secondary">{COPY[kind].empty}</p>;
  return (
    <ul className="list-group" aria-label={COPY[kind].label}>
      {sessions.map((session) => (
        <li key={session.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
          <div>
            <Link href={`${KIND_PATHS[session.kind]}/${session.id}`} className="fw-semibold">
              {session.role}
              {session.company ? ` at ${session.company}` : ""}
            </Link>
            <div className="small text-body-secondary">
              {session.level ? `${LEVEL_LABELS[session.level]} · ` : ""}
              {session.kind === "text" ? `${FORMAT_LABELS[session.format]} · ` : ""}
              {session.createdAt.toLocaleDateString("en", { dateStyle: "medium" })}
              {session.recording?.videoRecorded ? " · recorded" : ""}
            </div>
          </div>
          <div className="text-end">
            {session.completed ? (
              <span className="badge text-bg-success">{session.averageScore.toFixed(1)}/10</span>
            ) : (
              <span className="badge text-bg-warning">
                In progress · {session.questionsAnswered}/{session.questionsPlanned}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
