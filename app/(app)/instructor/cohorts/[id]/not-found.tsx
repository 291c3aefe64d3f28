import Link from "next/link";

export default function CohortNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Cohort not found</h1>
      <p className="text-body-secondary">This cohort does not exist or belongs to another instructor.</p>
      <Link href="/instructor/cohorts" className="btn btn-primary">
        Back to your cohorts
      </Link>
    </div>
  );
}
