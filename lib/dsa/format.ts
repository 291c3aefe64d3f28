import { startOfDay } from "@/lib/dsa/schedule";

// Dates are formatted on the server, in its time zone, so they agree with the
// due queue (whose "today" is the server's day) and never differ between the
// server render and hydration.

export function formatDay(date: Date): string {
  return date.toLocaleDateString("en", { weekday: "short", day: "numeric", month: "short", year: "numeric" });
}

/** Calendar days from `at`'s day to `date`'s day (negative when `date` is earlier). */
export function daysBetween(at: Date, date: Date): number {
  return Math.round((startOfDay(date).getTime() - startOfDay(at).getTime()) / 86_400_000);
}

/** "today", "tomorrow", "in 3 days", "3 days ago". */
export function relativeDay(at: Date, date: Date): string {
  const days = daysBetween(at, date);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
