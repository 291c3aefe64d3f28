import type { AttemptRow } from "@/lib/dsa/queries";
import { RATING_LABELS, ratingName } from "@/lib/dsa/schema";
import { formatDay } from "@/lib/dsa/format";

export function AttemptHistory({ attempts }: { attempts: AttemptRow[] }) {
  if (attempts.length === 0) {
    return <p className="text-body-secondary">No attempts yet. Your logged attempts will be listed here.</p>;
  }
  return (
    <ol className="list-group" aria-label="Your attempts">
      {attempts.map((attempt) => {
        const rating = ratingName(attempt.rating);
        return (
          <li key={attempt.id} className="list-group-item" data-testid="attempt-row">
            <div className="d-flex flex-wrap align-items-center gap-2">
              <time dateTime={attempt.createdAt.toISOString()} className="fw-semibold">
                {formatDay(attempt.createdAt)}
              </time>
              {attempt.solved ? <span className="badge text-bg-success">Solved</span> : <span className="badge text-bg-warning">Not solved</span>}
              <span className="small text-body-secondary">
                {attempt.attempts} {attempt.attempts === 1 ? "try" : "tries"}
                {attempt.timeTaken === null ? "" : ` · ${attempt.timeTaken} min`}
                {rating ? ` · felt ${RATING_LABELS[rating]}` : ""}
              </span>
            </div>
            {attempt.notes ? <p className="mb-0 mt-2 small text-break" style={{ whiteSpace: "pre-wrap" }}>{attempt.notes}</p> : null}
            {attempt.solutionCode ? (
              <details className="mt-2">
                <summary className="small">Show solution code</summary>
                <pre className="bg-body-tertiary border rounded p-2 mt-2 mb-0 small" style={{ maxHeight: "24rem" }}>
                  <code>{attempt.solutionCode}</code>
                </pre>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
