import Link from "next/link";

export default function RoadmapNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Roadmap not found</h1>
      <p className="text-body-secondary">This roadmap does not exist or belongs to another account.</p>
      <Link href="/roadmap" className="btn btn-primary">
        Back to your roadmaps
      </Link>
    </div>
  );
}
