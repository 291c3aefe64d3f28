/**
 * Minutes to add to local time to reach UTC at an instant, as Date#getTimezoneOffset
 * gives it. A function rather than a number because summer time can differ
 * between now and the interview. The server passes UTC; the browser its own zone.
 */
export type OffsetAt = (instant: Date) => number;

export const utc: OffsetAt = () => 0;
export const browserZone: OffsetAt = (instant) => instant.getTimezoneOffset();

const MINUTE = 60_000;
const DAY = 86_400_000;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** The instant shifted so its UTC fields read as the local wall clock. */
function wallClock(instant: Date, offsetAt: OffsetAt): Date {
  return new Date(instant.getTime() - offsetAt(instant) * MINUTE);
}

function dayNumber(wall: Date): number {
  return Math.floor(wall.getTime() / DAY);
}

/**
 * How long until an interview, as a person would say it: "in 40 minutes",
 * "today at 14:00", "in 5 hours", "tomorrow at 09:30", "in 3 days".
 * Null once it has started.
 */
export function describeCountdown(target: Date, now: Date, offsetAt: OffsetAt = utc): string | null {
  const diff = target.getTime() - now.getTime();
  if (diff < 0) return null;
  const minutes = Math.floor(diff / MINUTE);
  if (minutes < 1) return "starting now";
  if (minutes < 60) return `in ${plural(minutes, "minute")}`;

  const wallTarget = wallClock(target, offsetAt);
  const days = dayNumber(wallTarget) - dayNumber(wallClock(now, offsetAt));
  const at = `${String(wallTarget.getUTCHours()).padStart(2, "0")}:${String(wallTarget.getUTCMinutes()).padStart(2, "0")}`;
  if (days === 0) return `today at ${at}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `in ${plural(hours, "hour")}`;
  if (days === 1) return `tomorrow at ${at}`;
  return `in ${plural(days, "day")}`;
}
