import type { AnalyticsData, Bucket, PracticeType } from "@/lib/analytics/types";

// Labels shared by the charts (client) and their text alternatives (server), so
// both name every point the same way. Days are calendar days: formatted in UTC.

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "2026-06-13" → "13 Jun 2026". */
export function formatDay(day: string): string {
  return dayFormat.format(asDate(day));
}

/** A chart bucket's label: the day, "Week of 8 Jun" or "Jun 2026". */
export function formatBucket(bucket: string, size: Bucket): string {
  if (size === "day") return shortDayFormat.format(asDate(bucket));
  if (size === "week") return `Week of ${shortDayFormat.format(asDate(bucket))}`;
  return monthFormat.format(asDate(bucket));
}

/** One colour per practice type, mid-tone so it reads on light and dark backgrounds. */
export const TYPE_COLORS: Record<PracticeType, string> = {
  ai_interview: "#4e79a7",
  avatar_interview: "#f28e2b",
  english: "#59a14f",
  dsa: "#b07aa1",
};

/** Buckets in order with one score per selected type (null where nothing was scored). */
export function scoreSeries(data: Pick<AnalyticsData, "scoreOverTime" | "range">) {
  const buckets = [...new Set(data.scoreOverTime.map((p) => p.bucket))].sort();
  const series = data.range.types
    .map((type) => ({
      type,
      values: buckets.map((bucket) => data.scoreOverTime.find((p) => p.bucket === bucket && p.type === type)?.score ?? null),
    }))
    .filter((s) => s.values.some((v) => v !== null));
  return { buckets, series };
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
