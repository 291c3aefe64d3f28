import { formatDay, daysBetween } from "@/lib/dsa/format";

/** Where the user stands on a problem: never tried, solved or not yet, and when it is due. */
export function StatusBadge({ solved, due, at }: { solved: boolean; due: Date | null; at: Date }) {
  if (!due) return <span className="badge text-bg-light border">Never tried</span>;
  const days = daysBetween(at, due);
  const when = days < 0 ? `Overdue since ${formatDay(due)}` : days === 0 ? "Due today" : `Due on ${formatDay(due)}`;
  return (
    <span className="d-inline-flex flex-wrap gap-1">
      {solved ? <span className="badge text-bg-success">Solved</span> : <span className="badge text-bg-warning">Not solved yet</span>}
      <span className={`badge ${days <= 0 ? "text-bg-primary" : "text-bg-light border"}`}>
        <time dateTime={due.toISOString()}>{when}</time>
      </span>
    </span>
  );
}
