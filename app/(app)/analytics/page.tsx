import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getAnalytics } from "@/lib/analytics/queries";
import { parseAnalyticsSearch } from "@/lib/analytics/schema";
import { TIME_ZONE_COOKIE, dayIn, validTimeZone } from "@/lib/analytics/time-zone";
import { AnalyticsFilters } from "@/components/analytics/analytics-filters";
import { AnalyticsView } from "@/components/analytics/analytics-view";
import { TimeZoneSync } from "@/components/analytics/time-zone-sync";

export const metadata: Metadata = { title: "Analytics" };

type Search = Promise<Record<string, string | string[] | undefined>>;

const FIELD_LABELS: Record<string, string> = { from: "From", to: "To", type: "Practice types" };

const asString = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AnalyticsPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/analytics");
  const raw = await searchParams;
  const timeZone = validTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  const at = await now();
  const today = dayIn(timeZone, at);
  const parsed = parseAnalyticsSearch(raw, today);

  const header = (
    <>
      <TimeZoneSync />
      <h1 className="h2 mb-1">Analytics</h1>
      <p className="text-body-secondary mb-3">How your practice is going: scores, skills, streaks and your interview pipeline.</p>
    </>
  );

  if (!parsed.ok) {
    const messages = Object.entries(parsed.errors).flatMap(([field, list]) => list.map((message) => `${FIELD_LABELS[field] ?? field}: ${message}`));
    return (
      <>
        {header}
        <div className="alert alert-danger" role="alert">
          <h2 className="h6">These filters cannot be used</h2>
          <ul className="mb-0">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
        <AnalyticsFilters values={{ from: asString(raw.from), to: asString(raw.to) }} today={today} errors={parsed.errors} />
      </>
    );
  }

  const { from, to, types } = parsed.range;
  const data = await getAnalytics(user.id, { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`), types }, { now: at, timeZone });
  return (
    <>
      {header}
      <AnalyticsFilters values={{ from, to, types }} today={today} />
      <AnalyticsView data={data} />
    </>
  );
}
