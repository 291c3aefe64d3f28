import Link from "next/link";

export default function SetNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Question set not found</h1>
      <p className="text-body-secondary">This set does not exist or belongs to another instructor.</p>
      <Link href="/instructor/sets" className="btn btn-primary">
        Back to your sets
      </Link>
    </div>
  );
}
