import Link from "next/link";

export default function InterviewNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Interview not found</h1>
      <p className="text-body-secondary">This interview does not exist or belongs to another account.</p>
      <Link href="/interviews" className="btn btn-primary">
        Back to your interviews
      </Link>
    </div>
  );
}
