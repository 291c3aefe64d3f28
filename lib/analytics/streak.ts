import { addDays, daysBetween } from "@/lib/analytics/types";

/** Longest run of consecutive days in a list of YYYY-MM-DD days sorted oldest first. */
export function longestStreak(days: string[]): number {
  let best = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of days) {
    run = previous !== null && daysBetween(previous, day) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  return best;
}

/**
 * The current streak from the most recent run of practice days (its last day
 * and length, as the database returns it). A run that ended yesterday still
 * counts: today is not over yet.
 */
export function currentStreak(run: { lastDay: string | null; length: number }, today: string): number {
  if (run.lastDay === null) return 0;
  return run.lastDay === today || run.lastDay === addDays(today, -1) ? run.length : 0;
}
