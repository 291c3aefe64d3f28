import Link from "next/link";

export default function GuideNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Guide not found</h1>
      <p className="text-body-secondary">There is no guide at this address. It may have been renamed.</p>
      <Link href="/resources" className="btn btn-primary">
        Browse all guides
      </Link>
    </div>
  );
}
