import { z } from "zod";
import { LevelSchema, QuestionTypeSchema } from "@/lib/questions/schema";

// One schema per form, shared by the react-hook-form resolver and the server
// action. Outputs parse again to themselves, because client forms hand the
// resolver's output straight to the action.

export const STATUSES = ["upcoming", "completed", "offer", "rejected", "withdrawn"] as const;
export const StatusSchema = z.enum(STATUSES, { message: "Choose a status from the list" });
export type InterviewStatus = z.infer<typeof StatusSchema>;

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  upcoming: "Upcoming",
  completed: "Completed",
  offer: "Offer",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export const QUESTION_TYPE_LABELS: Record<z.infer<typeof QuestionTypeSchema>, string> = {
  behavioral: "Behavioural",
  technical: "Technical",
  system_design: "System design",
};

export const MAX_NOTES_CHARS = 10_000;
export const MAX_QUESTION_CHARS = 2_000;
export const MAX_QUESTION_NOTES_CHARS = 2_000;
/** As many as one mock interview session can ask. */
export const MAX_PRACTISE_QUESTIONS = 10;

export const IMPOSSIBLE_DATE_MESSAGE = "That is not a real date — check the day, month and year.";
export const PAST_DATE_WARNING = "This date is in the past — is the status right?";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * True when "YYYY-MM-DD" names a real calendar day. JavaScript's Date silently
 * rolls 2026-02-30 into March, so the parts must survive a round trip.
 */
export function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The instant a wall-clock date and time name in the browser's zone.
 * `tzOffset` is what the browser's Date#getTimezoneOffset() gave: minutes to
 * add to local time to reach UTC (UTC+2 → -120).
 */
export function toInstant(value: { date: string; time: string; tzOffset: number }): Date {
  const [year, month, day] = value.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = value.time.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute) + value.tzOffset * 60_000);
}

/** The local date and time inputs' values for an instant, in the zone this code runs in (the browser). */
export function toLocalInputs(instant: Date): { date: string; time: string; tzOffset: number } {
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`,
    time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}`,
    tzOffset: instant.getTimezoneOffset(),
  };
}

/** The browser's offset on the chosen day, which summer time can make differ from today's. */
export function localOffset(value: { date: string; time: string }): number {
  const [year, month, day] = value.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = value.time.split(":").map(Number) as [number, number];
  return new Date(year, month - 1, day, hour, minute).getTimezoneOffset();
}

/** Upcoming yet already past: allowed (the user may be logging late) but worth a warning. */
export function isPastUpcoming(value: { status: InterviewStatus; date: Date }, now: Date): boolean {
  return value.status === "upcoming" && value.date.getTime() < now.getTime();
}

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const requiredText = (what: string, max: number) =>
  z
    .string({ message: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} must be at most ${max} characters`);

const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max.toLocaleString("en")} characters`)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const IdSchema = z.string().min(1).max(40);

/** The add-interview form and its action. */
export const InterviewSchema = z.object({
  company: requiredText("company", 100),
  position: requiredText("position", 100),
  level: z.preprocess(emptyToUndefined, LevelSchema.optional()),
  date: z
    .string({ message: "Enter the date of the interview" })
    .trim()
    .min(1, "Enter the date of the interview")
    .regex(DATE_PATTERN, "Enter the date as YYYY-MM-DD")
    .refine(isRealDate, IMPOSSIBLE_DATE_MESSAGE),
  time: z
    .string({ message: "Enter the time of the interview" })
    .trim()
    .min(1, "Enter the time of the interview")
    .regex(TIME_PATTERN, "Enter the time as HH:MM (24-hour)"),
  // Browsers give -840..720; absent means the wall time is UTC.
  tzOffset: z.coerce.number().int().min(-840).max(840).default(0),
  status: StatusSchema,
  performance: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "Rate your performance from 1 to 5" })
      .int("Rate your performance with a whole number from 1 to 5")
      .min(1, "Rate your performance from 1 to 5")
      .max(5, "Rate your performance from 1 to 5")
      .optional(),
  ),
  notes: optionalText("Notes", MAX_NOTES_CHARS),
});
/** The edit action: the same fields plus which interview (the edit form validates with InterviewSchema). */
export const UpdateInterviewSchema = InterviewSchema.extend({ id: IdSchema });

export type InterviewInput = z.input<typeof InterviewSchema>;
export type InterviewValues = z.output<typeof InterviewSchema>;
export type UpdateInterviewInput = z.input<typeof UpdateInterviewSchema>;

export const DeleteSchema = z.object({ id: IdSchema });

/** A question the user was asked in a real interview. */
export const QuestionSchema = z.object({
  interviewId: IdSchema,
  text: z
    .string({ message: "Enter the question you were asked" })
    .trim()
    .min(1, "Enter the question you were asked")
    .max(MAX_QUESTION_CHARS, `The question must be at most ${MAX_QUESTION_CHARS.toLocaleString("en")} characters`),
  type: z.preprocess(emptyToUndefined, QuestionTypeSchema.optional()),
  notes: optionalText("Notes", MAX_QUESTION_NOTES_CHARS),
});
export type QuestionInput = z.input<typeof QuestionSchema>;
export type QuestionValues = z.output<typeof QuestionSchema>;

/** "Practise these": the chosen questions from the personal list. */
export const PractiseSchema = z.object({
  // A lone checkbox gives its value or false rather than an array.
  questionIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : typeof value === "string" && value !== "" ? [value] : []),
    z
      .array(IdSchema)
      .min(1, "Choose at least one question to practise")
      .max(MAX_PRACTISE_QUESTIONS, `Choose at most ${MAX_PRACTISE_QUESTIONS} questions for one session`),
  ),
});
export type PractiseInput = z.input<typeof PractiseSchema>;

export const SORTS = ["date-desc", "date-asc", "company", "created"] as const;
export type InterviewSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<InterviewSort, string> = {
  "date-desc": "Date, latest first",
  "date-asc": "Date, earliest first",
  company: "Company, A–Z",
  created: "Recently added",
};

/** The list's URL search params. Anything unrecognised falls back rather than failing the page. */
export const ListParamsSchema = z.object({
  status: StatusSchema.optional().catch(undefined),
  sort: z.enum(SORTS).catch("date-desc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ListParams = z.output<typeof ListParamsSchema>;

/** The list URL for some params, leaving defaults out so shared links stay short. */
export function listHref(params: Partial<ListParams>): string {
  const search = new URLSearchParams();
  if (params.status) search.set("status", params.status);
  if (params.sort && params.sort !== "date-desc") search.set("sort", params.sort);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/interviews?${query}` : "/interviews";
}

/** The AI mock interview setup page, pre-filled for this interview. */
export function practiceHref(interview: {
  position: string;
  level: string | null;
  companySlug: string | null;
}): string {
  const search = new URLSearchParams({ role: interview.position });
  if (interview.level) search.set("level", interview.level);
  if (interview.companySlug) search.set("company", interview.companySlug);
  search.set("format", "mixed");
  return `/ai-interview?${search.toString()}`;
}
