import Link from "next/link";

export default function SessionNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Not shared with you</h1>
      <p className="text-body-secondary">This session does not exist, was not shared with you, or the share was revoked.</p>
      <Link href="/instructor" className="btn btn-primary">
        Back to your students
      </Link>
    </div>
  );
}
