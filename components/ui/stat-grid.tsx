import type { ReactNode } from "react";

export type Stat = { label: string; value: string | number; detail?: string; testId?: string };

/** One headline figure: the number large, what it counts beneath. */
export function StatCard({ label, value, detail, testId }: Stat) {
  return (
    <div className="col-6 col-md-4 col-xl-3">
      <div className="card h-100" data-testid={testId}>
        <div className="card-body">
          <div className="stat-value">{value}</div>
          <div className="text-body-secondary">{label}</div>
          {detail ? <div className="small text-body-secondary mt-1">{detail}</div> : null}
        </div>
      </div>
    </div>
  );
}

/**
 * A section of headline figures in a responsive grid. The heading names the section for screen
 * readers; it is hidden unless headingClassName says how to show it.
 */
export function StatGrid({
  headingId,
  heading,
  headingClassName = "visually-hidden",
  stats,
}: {
  headingId: string;
  heading: ReactNode;
  headingClassName?: string;
  stats: Stat[];
}) {
  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h2 id={headingId} className={headingClassName}>
        {heading}
      </h2>
      <div className="row g-3">
        {stats.map((stat) => (
          <StatCard key={stat.testId ?? stat.label} {...stat} />
        ))}
      </div>
    </section>
  );
}
