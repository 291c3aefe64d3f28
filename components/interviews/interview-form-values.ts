import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver, ResolverResult } from "react-hook-form";
import {
  IMPOSSIBLE_DATE_MESSAGE,
  InterviewSchema,
  TIME_PATTERN,
  isPastUpcoming,
  isRealDate,
  localOffset,
  toInstant,
  toLocalInputs,
  type InterviewInput,
  type InterviewStatus,
  type InterviewValues,
} from "@/lib/interviews/schema";

// What the interview form starts from and how it checks itself, apart from its markup.

export type InterviewFormInitial = {
  id: string;
  company: string;
  position: string;
  level: string | null;
  dateIso: string;
  status: InterviewStatus;
  performance: number | null;
  notes: string | null;
};

// Keyed by the value the form submits; integer keys keep their order.
export const PERFORMANCE_LABELS: Record<string, string> = {
  "1": "1 — poor",
  "2": "2 — weak",
  "3": "3 — fair",
  "4": "4 — good",
  "5": "5 — excellent",
};

const baseResolver = zodResolver(InterviewSchema);

export function defaultsFor(initial?: InterviewFormInitial): InterviewInput {
  if (!initial) {
    return {
      company: "",
      position: "",
      level: "",
      date: "",
      time: "09:00",
      tzOffset: new Date().getTimezoneOffset(),
      status: "upcoming",
      performance: "",
      notes: "",
    };
  }
  // The stored instant, shown on the reader's wall clock (this renders in the browser).
  const local = toLocalInputs(new Date(initial.dateIso));
  return {
    company: initial.company,
    position: initial.position,
    level: initial.level ?? "",
    ...local,
    status: initial.status,
    performance: initial.performance === null ? "" : String(initial.performance),
    notes: initial.notes ?? "",
  };
}

/**
 * The schema's resolver, plus the one check zod cannot see: a native date input reports
 * 2026-02-30 as an empty value with badInput set; name the real problem instead of "enter a date".
 */
export async function resolveInterview(
  badDateInput: boolean,
  ...args: Parameters<Resolver<InterviewInput, unknown, InterviewValues>>
): Promise<ResolverResult<InterviewInput, InterviewValues>> {
  const result = await baseResolver(...args);
  if (!badDateInput) return result;
  return { values: {}, errors: { ...result.errors, date: { type: "validate", message: IMPOSSIBLE_DATE_MESSAGE } } };
}

/** Whether the date being typed is already past for an interview still marked upcoming. */
export function isPastChoice(
  { date, time, status }: Partial<Pick<InterviewInput, "date" | "time" | "status">>,
  now: Date,
): boolean {
  const chosen =
    date && isRealDate(date) && time && TIME_PATTERN.test(time)
      ? toInstant({ date, time, tzOffset: localOffset({ date, time }) })
      : null;
  return chosen !== null && status !== undefined && isPastUpcoming({ status, date: chosen }, now);
}
