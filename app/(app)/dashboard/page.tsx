import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getDashboard } from "@/lib/dashboard/queries";
import { StatGrid } from "@/components/ui/stat-grid";
import { SectionCard } from "@/components/ui/section-card";
import { CompanyPrepProgress } from "@/components/dashboard/company-prep-progress";
import { UpcomingList } from "@/components/dashboard/upcoming-list";
import { AnalyticsRow } from "@/components/dashboard/analytics-row";
import { TimeZoneSync } from "@/components/analytics/time-zone-sync";
import { TIME_ZONE_COOKIE } from "@/lib/analytics/time-zone";
import { listAssignedSets } from "@/lib/cohorts/queries";
import { AssignedSets } from "@/components/cohorts/assigned-sets";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const timeZone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const at = await now();
  const [{ summary, upcoming, companyPrep, analytics }, assigned] = await Promise.all([getDashboard(user.id, at, timeZone), listAssignedSets(user.id)]);
  const practised = summary.aiSessions + summary.avatarSessions + summary.englishSessions + summary.companyPrep + summary.dsaSolved > 0;
  const firstName = user.name.split(/\s+/)[0] ?? user.name;

  return (
    <>
      <TimeZoneSync />
      <h1 className="h2 mb-1">Welcome back, {firstName}</h1>
      <p className="text-body-secondary mb-4">Your preparation at a glance.</p>

      {assigned.length > 0 ? <AssignedSets sets={assigned} at={at} /> : null}

      <StatGrid
        headingId="summary-heading"
        heading="Summary"
        stats={[
          { label: "Upcoming interviews", value: summary.upcomingInterviews },
          { label: "Mock interview sessions", value: summary.aiSessions + summary.avatarSessions },
          { label: "Answers practised", value: summary.answers },
          {
            label: "Average answer score",
            value: summary.averageScore === null ? "–" : `${summary.averageScore}/10`,
            detail: summary.averageScore === null ? "No scored answers yet" : undefined,
          },
          { label: "DSA problems solved", value: summary.dsaSolved },
          { label: "DSA reviews due today", value: summary.dsaDueToday },
          { label: "Company prep plans", value: summary.companyPrep },
          { label: "English sessions", value: summary.englishSessions },
        ]}
      />

      <div className="row g-3 mb-4">
        <div className="col-lg-4">
          <SectionCard headingId="upcoming-heading" title="Next interviews" className="h-100">
            <UpcomingList items={upcoming} />
          </SectionCard>
        </div>
        <div className="col-lg-4">
          <SectionCard headingId="dsa-heading" title="DSA practice" className="h-100">
            <p className="mb-2">
              {summary.dsaDueToday === 0
                ? "Nothing due for review today."
                : `${summary.dsaDueToday} problem${summary.dsaDueToday === 1 ? "" : "s"} due for review today.`}
            </p>
            <Link href="/dsa">{summary.dsaDueToday > 0 ? "Review now" : "Open DSA practice"}</Link>
          </SectionCard>
        </div>
        <div className="col-lg-4">
          <SectionCard headingId="prep-heading" title="Company preparation" className="h-100">
            <CompanyPrepProgress companies={companyPrep} />
          </SectionCard>
        </div>
      </div>

      {practised ? <AnalyticsRow data={analytics} /> : null}

      {!practised ? (
        <SectionCard headingId="start-heading" title="Nothing practised yet">
          <p className="mb-0">
            Start with an <Link href="/ai-interview">AI mock interview</Link>, log a{" "}
            <Link href="/dsa/problems">DSA problem</Link>, or add your next{" "}
            <Link href="/interviews/new">real interview</Link>.
          </p>
        </SectionCard>
      ) : null}
    </>
  );
}
