import Link from "next/link";
import type { CatalogueRow } from "@/lib/dsa/queries";
import { ProblemBadges } from "@/components/dsa/problem-badges";
import { StatusBadge } from "@/components/dsa/status-badge";

export function ProblemList({ problems, at }: { problems: CatalogueRow[]; at: Date }) {
  if (problems.length === 0) {
    return <p className="text-body-secondary">No problems match these filters.</p>;
  }
  return (
    <ul className="list-group mb-3" aria-label="Problems">
      {problems.map((problem) => (
        <li key={problem.slug} className="list-group-item py-3" data-testid="problem-row">
          <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-1">
            <h2 className="h6 mb-0">
              <Link href={`/dsa/problems/${problem.slug}`}>{problem.title}</Link>
            </h2>
            <StatusBadge solved={problem.solved} due={problem.due} at={at} />
          </div>
          <div className="d-flex flex-wrap align-items-center gap-2 small mb-1">
            <ProblemBadges difficulty={problem.difficulty} category={problem.category} />
            <span className="text-body-secondary">Pattern: {problem.pattern}</span>
          </div>
          <p className="small mb-0">{problem.summary}</p>
        </li>
      ))}
    </ul>
  );
}
