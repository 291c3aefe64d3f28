import Link from "next/link";
import type { DueRow } from "@/lib/dsa/queries";
import { formatDay, daysBetween } from "@/lib/dsa/format";
import { ProblemBadges } from "@/components/dsa/problem-badges";

type Props = { due: DueRow[]; nextDue: Date | null; at: Date };

export function DueQueue({ due, nextDue, at }: Props) {
  if (due.length === 0) {
    return (
      <div className="card card-body bg-body-tertiary" data-testid="due-empty">
        {nextDue ? (
          <p className="mb-0">
            Nothing due today — next review on <time dateTime={nextDue.toISOString()}>{formatDay(nextDue)}</time>.{" "}
            <Link href="/dsa/problems?status=new">Try a new problem</Link> in the meantime.
          </p>
        ) : (
          <p className="mb-0">
            Nothing to review yet. <Link href="/dsa/problems">Start with a problem from the catalogue</Link>.
          </p>
        )}
      </div>
    );
  }
  return (
    <ul className="list-group" aria-label="Problems due today">
      {due.map((row) => {
        const days = daysBetween(at, row.due);
        return (
          <li key={row.slug} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
            <div>
              <Link href={`/dsa/problems/${row.slug}`} className="fw-semibold">
                {row.title}
              </Link>
              <div className="small text-body-secondary d-flex flex-wrap align-items-center gap-2 mt-1">
                <ProblemBadges difficulty={row.difficulty} category={row.category} />
                <span>{row.pattern}</span>
                <span>
                  ·{" "}
                  <time dateTime={row.due.toISOString()}>{days < 0 ? `overdue since ${formatDay(row.due)}` : "due today"}</time>
                </span>
              </div>
            </div>
            <Link href={`/dsa/problems/${row.slug}#log-attempt`} className="btn btn-sm btn-outline-primary" aria-label={`Log a review of ${row.title}`}>
              Log a review
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
