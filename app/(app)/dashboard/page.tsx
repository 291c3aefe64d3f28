import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getDashboard } from "@/lib/dashboard/queries";
import { StatCard } from "@/components/dashboard/stat-card";
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

      <section aria-labelledby="summary-heading" className="mb-4">
        <h2 id="summary-heading" className="visually-hidden">
          Summary
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
          <StatCard label="DSA reviews due today" value={summary.dsaDueToday} />
          <StatCard label="Company prep plans" value={summary.companyPrep} />
          <StatCard label="English sessions" value={summary.englishSessions} />
        </div>
      </section>

      <div className="row g-3 mb-4">
        <section className="col-lg-4" aria-labelledby="upcoming-heading">
          <div className="card h-100">
            <div className="card-body">
              <h2 id="upcoming-heading" className="h5">
                Next interviews
              </h2>
              <UpcomingList items={upcoming} />
            </div>
          </div>
        </section>
        <section className="col-lg-4" aria-labelledby="dsa-heading">
          <div className="card h-100">
            <div className="card-body">
              <h2 id="dsa-heading" className="h5">
                DSA practice
              </h2>
              <p className="mb-2">
                {summary.dsaDueToday === 0
                  ? "Nothing due for review today."
                  : `${summary.dsaDueToday} problem${summary.dsaDueToday === 1 ? "" : "s"} due for review today.`}
              </p>
              <Link href="/dsa">{summary.dsaDueToday > 0 ? "Review now" : "Open DSA practice"}</Link>
            </div>
          </div>
        </section>
        <section className="col-lg-4" aria-labelledby="prep-heading">
          <div className="card h-100">
            <div className="card-body">
              <h2 id="prep-heading" className="h5">
                Company preparation
              </h2>
              {companyPrep.length === 0 ? (
                <p className="mb-0 text-body-secondary">
                  Not preparing for a company yet. <Link href="/company-prep">Pick one</Link>.
                </p>
              ) : (
                <ul className="list-unstyled mb-0">
                  {companyPrep.map((company) => (
                    <li key={company.slug} className="mb-2">
                      <Link href={`/company-prep/${company.slug}`}>{company.name}</Link>
                      <div className="progress mt-1" role="progressbar" aria-label={`${company.name} preparation`} aria-valuenow={company.progress} aria-valuemin={0} aria-valuemax={100}>
                        <div className="progress-bar" style={{ width: `${company.progress}%` }}>
                          {Math.round(company.progress)}%
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>
      </div>

      {practised ? <AnalyticsRow data={analytics} /> : null}

      {!practised ? (
        <section className="card" aria-labelledby="start-heading">
          <div className="card-body">
            <h2 id="start-heading" className="h5">
              Nothing practised yet
            </h2>
            <p className="mb-0">
              Start with an <Link href="/ai-interview">AI mock interview</Link>, log a <Link href="/dsa/problems">DSA problem</Link>, or
              add your next <Link href="/interviews/new">real interview</Link>.
            </p>
          </div>
        </section>
      ) : null}
    </>
  );
}
