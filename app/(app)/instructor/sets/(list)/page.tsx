import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listMySets } from "@/lib/cohorts/queries";
import { CreateSetForm } from "@/components/cohorts/set-forms";
import { InstructorOnly } from "@/components/cohorts/instructor-only";

export const metadata: Metadata = { title: "Question sets" };

export default async function QuestionSetsPage() {
  const user = await requireUser("/instructor/sets");
  if (user.role !== "instructor") return <InstructorOnly title="Question sets" what="instructors build question sets here and assign them to cohorts." />;
  const sets = await listMySets(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Question sets</h1>
      <p className="text-body-secondary mb-4">
        Pick questions from the bank or write your own, then assign the set to a <Link href="/instructor/cohorts">cohort</Link>.
      </p>
      <CreateSetForm />
      {sets.length === 0 ? (
        <p className="text-body-secondary">No sets yet.</p>
      ) : (
        <ul className="list-group">
          {sets.map((set) => (
            <li key={set.id} className="list-group-item d-flex justify-content-between flex-wrap gap-2">
              <Link href={`/instructor/sets/${set.id}`}>{set.name}</Link>
              <span className="text-body-secondary small">
                {set.questions} question{set.questions === 1 ? "" : "s"} · assigned to {set.assignments} cohort{set.assignments === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
