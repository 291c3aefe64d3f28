import Link from "next/link";

export default function StudentNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Not shared with you</h1>
      <p className="text-body-secondary">This student does not exist or has not shared anything with you.</p>
      <Link href="/instructor" className="btn btn-primary">
        Back to your students
      </Link>
    </div>
  );
}
