import type { Resource } from "@/lib/roadmap/schema";

const KIND_LABELS: Record<Resource["kind"], string> = {
  docs: "Documentation",
  course: "Course",
  book: "Book",
  practice: "Practice",
  video: "Video",
  community: "Community",
  article: "Articles",
};

export function ResourceList({ resources }: { resources: Resource[] }) {
  if (resources.length === 0) return <p className="text-body-secondary">No resources for this plan.</p>;
  return (
    <ul className="list-group" aria-label="Resources">
      {resources.map((resource) => (
        <li key={resource.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
          <a href={resource.url} target="_blank" rel="noopener noreferrer" className="text-break">
            {resource.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <span className="d-flex gap-1">
            <span className="badge text-bg-light border">{KIND_LABELS[resource.kind]}</span>
            <span className={`badge ${resource.free ? "text-bg-success" : "text-bg-secondary"}`}>{resource.free ? "Free" : "Paid"}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
