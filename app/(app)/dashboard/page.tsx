import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDashboardSummary } from "@/lib/dashboard/queries";
import { StatCard } from "@/components/dashboard/stat-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const summary = await getDashboardSummary(user.id);
  const practised = summary.aiSessions + summary.avatarSessions + summary.englishSessions + summary.companyPrep > 0;
  const firstName = user.name.split(/\s+/)[0] ?? user.name;

  return (
    <>
      <h1 className="h2 mb-1">Welcome back, {firstName}</h1>
      <p className="text-body-secondary mb-4">Your preparation at a glance.</p>

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
          <StatCard label="English sessions" value={summary.englishSessions} />
          <StatCard label="Company prep plans" value={summary.companyPrep} />
          <StatCard label="Resumes analysed" value={summary.resumes} />
        </div>
      </section>

      {!practised ? (
        <section className="card" aria-labelledby="start-heading">
          <div className="card-body">
            <h2 id="start-heading" className="h5">
              Nothing practised yet
            </h2>
            <p className="mb-2">
              Your figures fill in as you practise. Start by completing your <Link href="/profile">profile</Link> with a photo
              so instructors you share with recognise you.
            </p>
          </div>
        </section>
      ) : null}
    </>
  );
}
