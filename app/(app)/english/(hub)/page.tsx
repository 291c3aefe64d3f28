import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getProgress, listRecentSessions, topImprovementAreas } from "@/lib/english/queries";
import { EnglishTabs } from "@/components/english/english-tabs";
import { ProgressOverview } from "@/components/english/progress-overview";
import { RecentSessions } from "@/components/english/recent-sessions";

export const metadata: Metadata = { title: "English booster" };

export default async function EnglishPage() {
  const user = await requireUser("/english");
  const [progress, sessions, areas] = await Promise.all([
    getProgress(user.id),
    listRecentSessions(user.id),
    topImprovementAreas(user.id),
  ]);
  return (
    <>
      <EnglishTabs active="overview" />
      {sessions.length === 0 ? (
        <div className="alert alert-light border" data-testid="english-empty">
          <p className="mb-2">You have not practised yet. A good start:</p>
          <ul className="mb-0">
            <li>
              <Link href="/english/checker">Check an answer you wrote</Link> for grammar and spelling.
            </li>
            <li>
              <Link href="/english/grammar">Fix five sentences</Link> with typical interview mistakes.
            </li>
            <li>
              <Link href="/english/vocabulary">Swap weak verbs</Link> for ones that show what you did.
            </li>
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="progress-heading" className="mb-4">
        <h2 id="progress-heading" className="h4 mb-3">
          Progress by practice
        </h2>
        <ProgressOverview progress={progress} />
      </section>
      {areas.length > 0 ? (
        <section aria-labelledby="areas-heading" className="mb-4">
          <h2 id="areas-heading" className="h4 mb-2">
            Came up most often lately
          </h2>
          <ul className="list-inline mb-0">
            {areas.map((area) => (
              <li key={area.area} className="list-inline-item badge text-bg-light border text-wrap mb-1">
                {area.area} ×{area.count}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="h4 mb-3">
          Recent sessions
        </h2>
        <RecentSessions sessions={sessions} />
      </section>
    </>
  );
}
