// Analytics labels, day arithmetic and the shape of the data the analytics view
// renders. No zod and no server imports: the lazily loaded chart code imports it.

export const PRACTICE_TYPES = ["ai_interview", "avatar_interview", "english", "dsa"] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];

export const PRACTICE_TYPE_LABELS: Record<PracticeType, string> = {
  ai_interview: "AI mock interview",
  avatar_interview: "Video interview",
  english: "English",
  dsa: "DSA",
};

/** What the 0–100 score of each practice type means (stated next to the chart). */
export const PRACTICE_SCORE_MEANING: Record<PracticeType, string> = {
  ai_interview: "answer score (1–10) × 10",
  avatar_interview: "answer score (1–10) × 10",
  english: "share of exercises right (0–100)",
  dsa: "share of attempts solved (0–100)",
};

/** The longest range the filters accept: two years of days keeps every list bounded. */
export const MAX_RANGE_DAYS = 731;
/** Range shown when the URL names none. */
export const DEFAULT_RANGE_DAYS = 90;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whole days from `a` to `b` (both YYYY-MM-DD); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days of a chart bucket: a day for short ranges, a week (from Monday) up to a year, else a month. */
export type Bucket = "day" | "week" | "month";
export function bucketFor(from: string, to: string): Bucket {
  const days = daysBetween(from, to) + 1;
  if (days <= 62) return "day";
  if (days <= 366) return "week";
  return "month";
}

export const SKILLS = [
  "relevance",
  "coherence",
  "accuracy",
  "star",
  "results",
  "coverage",
  "fillers",
  "hedges",
] as const;
export type Skill = (typeof SKILLS)[number];
export const SKILL_LABELS: Record<Skill, string> = {
  relevance: "Answers the question",
  coherence: "Hangs together",
  accuracy: "No wrong claims",
  star: "STAR structure",
  results: "Concrete results",
  coverage: "Key points covered",
  fillers: "Few filler words",
  hedges: "Direct wording",
};
/** How each 0–100 skill value is computed from the stored answer metrics. */
export const SKILL_MEANING: Record<Skill, string> = {
  relevance: "share of answers judged on-topic (not partly or off-topic)",
  coherence: "share of answers with a coherence of at least 0.6: statements, not labels, lists or buzzwords",
  accuracy: "share of fact-checked technical answers with no contradicted claim",
  star: "average share of the four STAR parts found, behavioural answers only",
  results: "share of answers that state at least one concrete result",
  coverage: "average share of the question's key points the answer covered",
  fillers: "share of answers with fewer than 2 filler words per 100 words",
  hedges: "share of answers with fewer than 2 hedging phrases per 100 words",
};

export type QuestionTypeName = "behavioral" | "technical" | "system_design";
export type InterviewStatusName = "upcoming" | "completed" | "offer" | "rejected" | "withdrawn";
export type DifficultyName = "easy" | "medium" | "hard" | "unknown";

/**
 * Everything the analytics view shows, computed by getAnalytics. Plain JSON
 * (days as YYYY-MM-DD strings) so it can be handed to client components and
 * rendered read-only for someone else (an instructor, a share link).
 */
export type AnalyticsData = {
  range: {
    from: string;
    to: string;
    /** The IANA time zone days are counted in. */
    timeZone: string;
    bucket: Bucket;
    types: PracticeType[];
    /** Today in that time zone, for the streak. */
    today: string;
  };
  /** Per practice type: items practised in the range, and their mean 0–100 score (null when none is scored). */
  byType: { type: PracticeType; count: number; scored: number; average: number | null }[];
  /** Mean 0–100 score per bucket and practice type, oldest first. */
  scoreOverTime: { bucket: string; type: PracticeType; score: number; count: number }[];
  /** Mean 1–10 answer score per question type (mock and video interview answers). */
  byQuestionType: { questionType: QuestionTypeName; average: number; count: number }[];
  /** 0–100 per skill, from answer metrics; `answers` is how many answers the value rests on. */
  skills: { skill: Skill; value: number | null; answers: number }[];
  activity: {
    /** Days with practice in the range, oldest first. */
    days: { day: string; count: number }[];
    /** Consecutive days up to today (or yesterday) with practice of the selected types, whatever the range. */
    currentStreak: number;
    /** Longest run of consecutive practice days inside the range. */
    longestStreak: number;
    lastPracticeDay: string | null;
  };
  /** Every interview status with its count (all time: a pipeline is a current state). */
  pipeline: { status: InterviewStatusName; count: number }[];
  /** Distinct problems attempted and solved in the range, by difficulty. */
  dsa: { difficulty: DifficultyName; attempted: number; solved: number }[];
  /** Mean posture and engagement (0–100) of video interview sessions per bucket. */
  presence: { bucket: string; posture: number | null; engagement: number | null; sessions: number }[];
};

export const QUESTION_TYPE_LABEL: Record<QuestionTypeName, string> = {
  behavioral: "Behavioural",
  technical: "Technical",
  system_design: "System design",
};
export const STATUS_LABEL: Record<InterviewStatusName, string> = {
  upcoming: "Upcoming",
  completed: "Completed",
  offer: "Offer",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};
export const DIFFICULTY_LABEL: Record<DifficultyName, string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
  unknown: "Not set",
};
