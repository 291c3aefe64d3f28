import Link from "next/link";

export default function SessionNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Session not found</h1>
      <p className="text-body-secondary">This session does not exist or belongs to another account.</p>
      <Link href="/ai-interview" className="btn btn-primary">
        Back to your sessions
      </Link>
    </div>
  );
}
