import { z } from "zod";
import { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, PRACTICE_TYPES, addDays, daysBetween, isCalendarDay, type PracticeType } from "@/lib/analytics/types";

// The analytics filters as they come from the URL. Labels, helpers and the
// data type live in lib/analytics/types.ts (zod-free, for the chart code).
export * from "@/lib/analytics/types";

export const PracticeTypeSchema = z.enum(PRACTICE_TYPES, { message: "Choose practice types from the list" });

const DaySchema = z
  .string()
  .trim()
  .refine(isCalendarDay, { message: "Use a real date like 2026-01-31" })
  .optional();

/** An empty date input submits `from=`; that means "not set". */
const optionalDay = z.preprocess((value) => (value === "" ? undefined : value), DaySchema);

export const AnalyticsSearchSchema = z.object({
  from: optionalDay,
  to: optionalDay,
  // `?type=a&type=b` arrives as an array, a single `?type=a` as a string.
  type: z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z
      .array(PracticeTypeSchema)
      .optional()
      .transform((value) => (value === undefined ? undefined : [...new Set(value)])),
  ),
});

export type AnalyticsRange = { from: string; to: string; types?: PracticeType[] };
export type RangeErrors = Partial<Record<"from" | "to" | "type", string[]>>;

/**
 * Validates the URL's filters and fills the defaults (the 90 days up to today),
 * then checks the range those make: start on or before end, at most two years.
 */
export function parseAnalyticsSearch(raw: unknown, today: string): { ok: true; range: AnalyticsRange } | { ok: false; errors: RangeErrors } {
  const parsed = AnalyticsSearchSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: RangeErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "from" || field === "to" || field === "type") (errors[field] ??= []).push(issue.message);
    }
    return { ok: false, errors };
  }
  const to = parsed.data.to ?? (parsed.data.from && parsed.data.from > today ? parsed.data.from : today);
  const from = parsed.data.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const span = daysBetween(from, to) + 1;
  if (span < 1) return { ok: false, errors: { from: ["The start date must be on or before the end date"] } };
  if (span > MAX_RANGE_DAYS) return { ok: false, errors: { to: [`Choose a range of at most ${MAX_RANGE_DAYS} days (about two years)`] } };
  return { ok: true, range: { from, to, types: parsed.data.type } };
}
