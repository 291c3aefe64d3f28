import Link from "next/link";
import type { AnalyticsData } from "@/lib/analytics/types";
import { ActivityCard, ScoreOverTimeCard } from "@/components/analytics/cards";

/** The two charts worth a glance every day, with the way to the full analytics. */
export function AnalyticsRow({ data }: { data: AnalyticsData }) {
  return (
    <section aria-labelledby="trends-heading" className="mb-4">
      <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2 mb-2">
        <h2 id="trends-heading" className="h4 mb-0">
          Last 90 days
        </h2>
        <Link href="/analytics">See all analytics</Link>
      </div>
      <div className="row g-3">
        <div className="col-12 col-lg-7">
          <ScoreOverTimeCard data={data} />
        </div>
        <div className="col-12 col-lg-5">
          <ActivityCard data={data} height={150} />
        </div>
      </div>
    </section>
  );
}
