import Link from "next/link";

export default function EnglishSessionNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Session not found</h1>
      <p className="text-body-secondary">This session does not exist or belongs to another account.</p>
      <Link href="/english" className="btn btn-primary">
        Back to the English booster
      </Link>
    </div>
  );
}
