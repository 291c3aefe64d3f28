import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getMyCohort, listMySets } from "@/lib/cohorts/queries";
import { AssignForm, CodeButtons } from "@/components/cohorts/cohort-forms";
import { ProgressTable } from "@/components/cohorts/progress-table";
import { formatDay } from "@/components/cohorts/labels";

export const metadata: Metadata = { title: "Cohort" };

export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/instructor/cohorts/${id}`);
  // Another instructor's cohort, or any cohort for a student, is simply not found.
  const cohort = user.role === "instructor" ? await getMyCohort(user.id, id) : null;
  if (!cohort) notFound();
  const sets = await listMySets(user.id);
  const revoked = cohort.codeRevokedAt !== null;
  const joinPath = `/cohorts?code=${cohort.joinCode}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/instructor/cohorts">← All cohorts</Link>
      </nav>
      <h1 className="h2 mb-3">{cohort.name}</h1>

      <section aria-labelledby="invite-heading" className="card card-body mb-4">
        <h2 id="invite-heading" className="h5">
          Invite students
        </h2>
        {revoked ? (
          <p className="mb-2" data-testid="join-code-status">
            The code was revoked on {formatDay(cohort.codeRevokedAt!)}: it admits no one. Students already in the cohort stay.
          </p>
        ) : (
          <p className="mb-2">
            Code: <strong data-testid="join-code" className="font-monospace fs-5">{cohort.joinCode}</strong>
            <br />
            Link: <code data-testid="join-link">{joinPath}</code> (on this site)
          </p>
        )}
        <CodeButtons cohortId={cohort.id} revoked={revoked} />
      </section>

      <section aria-labelledby="assign-heading" className="mb-4">
        <h2 id="assign-heading" className="h4">
          Assigned sets
        </h2>
        {cohort.assignments.length > 0 ? (
          <ul>
            {cohort.assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/instructor/sets/${a.set.id}`}>{a.set.name}</Link>
                {a.dueAt ? ` · due ${formatDay(a.dueAt)}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
        <AssignForm cohortId={cohort.id} sets={sets.map((s) => ({ id: s.id, name: s.name }))} />
      </section>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="h4">
          Progress
        </h2>
        <ProgressTable cohort={cohort} />
      </section>
    </>
  );
}
