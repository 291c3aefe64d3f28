import Link from "next/link";
import type { TypeProgress } from "@/lib/english/queries";
import { SESSION_TYPE_LABELS, SessionTypeSchema, type SessionType } from "@/lib/english/schema";
import { ScoreTrend } from "@/components/english/score-trend";

const START: Record<SessionType, string> = {
  grammar: "/english/grammar",
  vocabulary: "/english/vocabulary",
  speaking: "/english/speaking",
};

/** One card per kind of practice: average score as a bar, best score, and the latest scores as a line. */
export function ProgressOverview({ progress }: { progress: TypeProgress[] }) {
  return (
    <div className="row row-cols-1 row-cols-md-3 g-3">
      {SessionTypeSchema.options.map((type) => {
        const row = progress.find((candidate) => candidate.type === type);
        return (
          <div key={type} className="col">
            <section className="card h-100" aria-labelledby={`progress-${type}`} data-testid={`progress-${type}`}>
              <div className="card-body">
                <h3 id={`progress-${type}`} className="h6 card-title">
                  {SESSION_TYPE_LABELS[type]}
                </h3>
                {row ? (
                  <>
                    <p className="mb-1">
                      <span className="fs-4 fw-semibold" data-testid="average-score">
                        {row.average}
                      </span>{" "}
                      <span className="text-body-secondary">
                        average over {row.sessions === 1 ? "1 session" : `${row.sessions} sessions`}
                      </span>
                    </p>
                    <div
                      className="progress mb-2"
                      role="progressbar"
                      aria-label={`${SESSION_TYPE_LABELS[type]} average score`}
                      aria-valuenow={row.average}
                      aria-valuemin={0}
                      aria-valuemax={100}
                    >
                      <div className="progress-bar" style={{ width: `${row.average}%` }} />
                    </div>
                    <p className="small text-body-secondary mb-2">Best: {Math.round(row.best)}</p>
                    <ScoreTrend scores={row.recent} />
                  </>
                ) : (
                  <p className="text-body-secondary mb-0">
                    Not practised yet. <Link href={START[type]}>Start a set</Link>
                  </p>
                )}
              </div>
            </section>
          </div>
        );
      })}
    </div>
  );
}
