import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listMyCohorts } from "@/lib/cohorts/queries";
import { CreateCohortForm } from "@/components/cohorts/cohort-forms";
import { InstructorOnly } from "@/components/cohorts/instructor-only";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const user = await requireUser("/instructor/cohorts");
  if (user.role !== "instructor") return <InstructorOnly title="Cohorts" what="instructors invite students to cohorts here and follow their progress." />;
  const cohorts = await listMyCohorts(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Cohorts</h1>
      <p className="text-body-secondary mb-4">Students join a cohort with its code; assign it question sets and follow how each student does.</p>
      <CreateCohortForm />
      {cohorts.length === 0 ? (
        <p className="text-body-secondary">No cohorts yet.</p>
      ) : (
        <ul className="list-group">
          {cohorts.map((cohort) => (
            <li key={cohort.id} className="list-group-item d-flex justify-content-between flex-wrap gap-2">
              <Link href={`/instructor/cohorts/${cohort.id}`}>{cohort.name}</Link>
              <span className="text-body-secondary small">
                {cohort.students} student{cohort.students === 1 ? "" : "s"} · {cohort.assignments} set{cohort.assignments === 1 ? "" : "s"} ·{" "}
                {cohort.codeRevokedAt ? "code revoked" : `code ${cohort.joinCode}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
