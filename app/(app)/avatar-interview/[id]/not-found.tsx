import Link from "next/link";

export default function AvatarSessionNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Session not found</h1>
      <p className="text-body-secondary">This video interview does not exist or belongs to another account.</p>
      <Link href="/avatar-interview" className="btn btn-primary">
        Back to your video interviews
      </Link>
    </div>
  );
}
