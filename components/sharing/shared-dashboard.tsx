import type { SharedDashboardData } from "@/lib/sharing/queries";
import { StatCard } from "@/components/dashboard/stat-card";
import { AnalyticsView } from "@/components/analytics/analytics-view";

/**
 * A student's dashboard, read-only: headline figures and the analytics charts
 * (the analytics feature's own view in read-only mode). No links into their
 * pages, no upcoming-interview details.
 */
export function SharedDashboard({ data: { summary, analytics } }: { data: SharedDashboardData }) {
  return (
    <>
      <section aria-labelledby="shared-summary-heading" className="mb-4">
        <h2 id="shared-summary-heading" className="h5 mb-3">
          Practice summary
        </h2>
        <div className="row g-3">
          <StatCard label="Upcoming interviews" value={summary.upcomingInterviews} />
          <StatCard label="Mock interview sessions" value={summary.aiSessions + summary.avatarSessions} />
          <StatCard label="Answers practised" value={summary.answers} />
          <StatCard
            label="Average answer score"
            value={summary.averageScore === null ? "–" : `${summary.averageScore}/10`}
            detail={summary.averageScore === null ? "No scored answers yet" : undefined}
          />
          <StatCard label="DSA problems solved" value={summary.dsaSolved} />
          <StatCard label="Company prep plans" value={summary.companyPrep} />
          <StatCard label="English sessions" value={summary.englishSessions} />
          <StatCard label="Resume versions" value={summary.resumes} />
        </div>
      </section>
      <section aria-labelledby="shared-analytics-heading" className="mb-4">
        <h2 id="shared-analytics-heading" className="h5 mb-3">
          Analytics
        </h2>
        <AnalyticsView data={analytics} readOnly />
      </section>
    </>
  );
}
