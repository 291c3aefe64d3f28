import { PREP_TYPES, type PrepType } from "@/lib/company-prep/schema";

// Progress is derived from the checklist only, never typed in. The same
// functions run in the browser (optimistic display) and on the server (what is stored).

export type Progress =
  | { ok: true; covered: string[]; percentage: number; completed: boolean }
  | { ok: false; unknown: string[] };

/**
 * The share of a checklist that is checked. Topics not on the checklist make
 * the result invalid; duplicates count once. `covered` follows checklist order.
 */
export function progressOf(checklist: readonly string[], checked: readonly string[]): Progress {
  const onList = new Set(checklist);
  const unknown = [...new Set(checked.filter((topic) => !onList.has(topic)))];
  if (unknown.length > 0) return { ok: false, unknown };
  const ticked = new Set(checked);
  const covered = [...new Set(checklist)].filter((topic) => ticked.has(topic));
  const total = onList.size;
  return {
    ok: true,
    covered,
    percentage: total === 0 ? 0 : (covered.length / total) * 100,
    completed: total > 0 && covered.length === total,
  };
}

/** `current` with `topic` checked or unchecked. */
export function withTopic(current: readonly string[], topic: string, checked: boolean): string[] {
  const rest = current.filter((t) => t !== topic);
  return checked ? [...rest, topic] : rest;
}

/** Rounded to one decimal, as stored progress is shown and reported. */
export function roundProgress(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The average over all four prep types; a type not started counts as 0. */
export function overallProgress(percentages: Partial<Record<PrepType, number>>): number {
  const sum = PREP_TYPES.reduce((total, type) => total + (percentages[type] ?? 0), 0);
  return roundProgress(sum / PREP_TYPES.length);
}
