import Link from "next/link";

/** What a student sees on an instructor page: an explanation, not a 404 (decision 018). */
export function InstructorOnly({ title, what }: { title: string; what: string }) {
  return (
    <>
      <h1 className="h2 mb-1">{title}</h1>
      <div className="card card-body">
        <p className="mb-2">This area is for instructor accounts: {what}</p>
        <p className="mb-0">
          To join your instructor&apos;s cohort, use <Link href="/cohorts">Cohorts</Link> with the code they gave you.
        </p>
      </div>
    </>
  );
}
