import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { canSeeStudent, canViewDashboard } from "@/lib/sharing/access";
import { getSharedDashboard, getStudentShares } from "@/lib/sharing/queries";
import { SCOPE_LABELS } from "@/lib/sharing/schema";
import { KIND_LABELS, KIND_SLUGS } from "@/lib/interview-session/schema";
import { SharedDashboard } from "@/components/sharing/shared-dashboard";

export const metadata: Metadata = { title: "Student" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function StudentPage({ params }: { params: Promise<{ studentId: string }> }) {
  const { studentId } = await params;
  const user = await requireUser(`/instructor/students/${studentId}`);
  if (!(await canSeeStudent(user, studentId))) notFound();
  const shares = await getStudentShares(user.id, studentId);
  if (!shares) notFound();
  const dashboard = (await canViewDashboard(user, studentId)) ? await getSharedDashboard(studentId, await now()) : null;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/instructor">← All students</Link>
      </nav>
      <h1 className="h2 mb-1">{shares.name}</h1>
      <p className="text-body-secondary mb-4">Read-only: you see only what {shares.name} shared with you.</p>
      {dashboard ? (
        <SharedDashboard data={dashboard} />
      ) : (
        <p className="text-body-secondary">The dashboard is not shared with you.</p>
      )}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="h5">
          Shared sessions
        </h2>
        {shares.sessions.length === 0 ? (
          <p className="text-body-secondary">No sessions shared with you.</p>
        ) : (
          <ul className="list-group" data-testid="shared-sessions">
            {shares.sessions.map((session) => (
              <li key={session.sessionId} className="list-group-item">
                <Link href={`/instructor/sessions/${KIND_SLUGS[session.kind ?? "text"]}/${session.sessionId}`} className="fw-semibold">
                  {session.title}
                </Link>
                <div className="small text-body-secondary">
                  {session.kind ? KIND_LABELS[session.kind] : SCOPE_LABELS[session.scope]}
                  {session.date ? ` · ${dateFormat.format(session.date)}` : ""} · shared {dateFormat.format(session.sharedAt)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
