import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listStudentCohorts } from "@/lib/cohorts/queries";
import { JoinForm } from "@/components/cohorts/cohort-forms";

export const metadata: Metadata = { title: "Cohorts" };

export default async function StudentCohortsPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const user = await requireUser(`/cohorts${typeof code === "string" ? `?code=${encodeURIComponent(code)}` : ""}`);
  if (user.role !== "student") {
    return (
      <>
        <h1 className="h2 mb-1">Cohorts</h1>
        <p className="card card-body">
          Students join cohorts here. Your own cohorts are under <Link href="/instructor/cohorts">Cohorts</Link> in the instructor menu.
        </p>
      </>
    );
  }
  const cohorts = await listStudentCohorts(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Cohorts</h1>
      <p className="text-body-secondary mb-4">
        Join your instructor&apos;s cohort with the code they gave you. Sets they assign appear on your <Link href="/dashboard">dashboard</Link>; they see the
        sessions you run from those sets, and nothing else unless you share it.
      </p>
      <JoinForm code={typeof code === "string" ? code.slice(0, 16) : ""} />
      <h2 className="h5">Your cohorts</h2>
      {cohorts.length === 0 ? (
        <p className="text-body-secondary">You are not in a cohort yet.</p>
      ) : (
        <ul className="list-group">
          {cohorts.map((cohort) => (
            <li key={cohort.id} className="list-group-item">
              {cohort.name} <span className="text-body-secondary small">with {cohort.instructor}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
