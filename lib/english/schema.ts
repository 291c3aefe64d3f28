import { z } from "zod";

// Shapes of the English booster: the grammar API, the three exercise forms and
// their server actions, and the JSON columns of english_booster_session.

export const MAX_CHECK_CHARS = 10_000;

/** The checker form and `POST /api/english/grammar`. Not trimmed: issue offsets point into the text as sent. */
export const GrammarRequestSchema = z.object({
  text: z
    .string({ message: "Paste some text to check" })
    .max(MAX_CHECK_CHARS, `Check at most ${MAX_CHECK_CHARS.toLocaleString("en")} characters at a time`)
    .refine((text) => text.trim().length > 0, "Paste some text to check"),
});
export type GrammarRequest = z.infer<typeof GrammarRequestSchema>;

/** One problem found by harper or a learner-mistake rule: UTF-16 offsets, so `text.slice(start, end)` is the flagged text. */
export const GrammarIssueSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
  /** Replacement strings for `text.slice(start, end)`; "" means delete it. */
  suggestions: z.array(z.string()),
  /** harper's lint kind or a rule's category, in kebab case: "spelling", "agreement", "tense", … */
  category: z.string(),
});
export type GrammarIssue = z.infer<typeof GrammarIssueSchema>;

/** Plain counts and a readability estimate, computed without AI. */
export const TextStatsSchema = z.object({
  characters: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  issues: z.number().int().nonnegative(),
  /** Problems per 100 words, one decimal. */
  issuesPer100Words: z.number().nonnegative(),
  averageSentenceLength: z.number().nonnegative(),
  /** Sentences over LONG_SENTENCE_WORDS words. */
  longSentences: z.number().int().nonnegative(),
  /** Flesch–Kincaid grade level, one decimal; null without words. */
  readingGrade: z.number().nullable(),
});
export type TextStats = z.infer<typeof TextStatsSchema>;

/** The exact response of `POST /api/english/grammar`. */
export const GrammarReportSchema = z.object({ issues: z.array(GrammarIssueSchema), stats: TextStatsSchema }).strict();
export type GrammarReport = z.infer<typeof GrammarReportSchema>;

export const SessionTypeSchema = z.enum(["grammar", "vocabulary", "speaking"]);
export type SessionType = z.infer<typeof SessionTypeSchema>;

export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  grammar: "Grammar fixes",
  vocabulary: "Interview vocabulary",
  speaking: "Speaking drill",
};

// ---- Forms and server actions ----------------------------------------------------------------

const Duration = z.coerce
  .number()
  .int()
  .min(0)
  .max(6 * 3600)
  .optional();
const Id = z.string().min(1).max(120);

export const GrammarSourceSchema = z.enum(["bank", "answers"]);
export type GrammarSource = z.infer<typeof GrammarSourceSchema>;

export const GrammarSubmissionSchema = z.object({
  source: GrammarSourceSchema,
  items: z
    .array(z.object({ exerciseId: Id, answer: z.string().max(1_000, "Keep the sentence under 1,000 characters") }))
    .min(1)
    .max(20),
  durationSeconds: Duration,
});
export type GrammarSubmissionInput = z.input<typeof GrammarSubmissionSchema>;
export type GrammarSubmission = z.output<typeof GrammarSubmissionSchema>;

export const VocabularySubmissionSchema = z.object({
  items: z
    .array(z.object({ pairId: Id, chosen: z.string({ message: "Choose a verb" }).min(1, "Choose a verb").max(80) }))
    .min(1)
    .max(20),
  durationSeconds: Duration,
});
export type VocabularySubmissionInput = z.input<typeof VocabularySubmissionSchema>;
export type VocabularySubmission = z.output<typeof VocabularySubmissionSchema>;

/** A gap longer than this between speech-recognition results counts as a long pause. */
export const LONG_PAUSE_SECONDS = 2;
export const MAX_TRANSCRIPT_CHARS = 5_000;

export const SpeakingSubmissionSchema = z.object({
  drillId: Id,
  input: z.enum(["speech", "typed"]),
  transcript: z
    .string()
    .trim()
    .min(1, "Speak or type what you said first")
    .max(MAX_TRANSCRIPT_CHARS, `Keep it under ${MAX_TRANSCRIPT_CHARS.toLocaleString("en")} characters`),
  durationSeconds: z.coerce
    .number({ message: "Enter how many seconds you spoke" })
    .int("Use whole seconds")
    .min(5, "Speak for at least 5 seconds")
    .max(1_800, "Keep a drill under 30 minutes"),
  /** Gaps between recognition results, in seconds, measured in the browser; absent when typed. */
  pauseGaps: z.array(z.number().min(0).max(1_800)).max(2_000).optional(),
});
export type SpeakingSubmissionInput = z.input<typeof SpeakingSubmissionSchema>;
export type SpeakingSubmission = z.output<typeof SpeakingSubmissionSchema>;

// ---- Stored JSON (english_booster_session.improvement_areas and .results) -------------------

export const ImprovementAreasSchema = z.array(z.string().max(120)).max(12);

const TermCountSchema = z.object({ term: z.string(), count: z.number().int().nonnegative() });

export const VerdictSchema = z.enum(["exact", "accepted", "wrong", "skipped"]);
export type Verdict = z.infer<typeof VerdictSchema>;

export const GrammarItemResultSchema = z.object({
  exerciseId: z.string(),
  sentence: z.string(),
  answer: z.string(),
  /** The reference fix. */
  expected: z.string(),
  category: z.string(),
  verdict: VerdictSchema,
  /** What harper still flags in the answer. */
  remaining: z.array(z.object({ text: z.string(), message: z.string(), category: z.string() })),
  /** For drills from stored answers: the interview question the sentence answered. */
  question: z.string().optional(),
});
export type GrammarItemResult = z.infer<typeof GrammarItemResultSchema>;

export const GrammarResultsSchema = z.object({
  kind: z.literal("grammar"),
  source: GrammarSourceSchema,
  items: z.array(GrammarItemResultSchema),
});

export const VocabularyItemResultSchema = z.object({
  pairId: z.string(),
  weak: z.string(),
  sentence: z.string(),
  chosen: z.string(),
  correct: z.boolean(),
  strong: z.array(z.string()),
  rewrite: z.string(),
});
export type VocabularyItemResult = z.infer<typeof VocabularyItemResultSchema>;

export const VocabularyResultsSchema = z.object({
  kind: z.literal("vocabulary"),
  items: z.array(VocabularyItemResultSchema),
});

export const ScorePartSchema = z.object({ label: z.string(), score: z.number().min(0).max(100), detail: z.string() });
export type ScorePart = z.infer<typeof ScorePartSchema>;

export const SpeakingResultsSchema = z.object({
  kind: z.literal("speaking"),
  drillId: z.string(),
  drillKind: z.enum(["passage", "prompt"]),
  drillTitle: z.string(),
  input: z.enum(["speech", "typed"]),
  transcript: z.string(),
  wordCount: z.number().int().nonnegative(),
  durationSeconds: z.number().nonnegative(),
  wordsPerMinute: z.number().nonnegative().nullable(),
  fillers: z.array(TermCountSchema),
  fillerCount: z.number().int().nonnegative(),
  fillerRate: z.number().nonnegative(),
  hedges: z.array(TermCountSchema),
  hedgeCount: z.number().int().nonnegative(),
  /** null when pauses were not measured (typed, or no speech recognition). */
  pauses: z.object({ count: z.number().int().nonnegative(), longestSeconds: z.number().nonnegative() }).nullable(),
  /** Share of the passage's words that were read, 0..1; null for prompts. */
  accuracy: z.number().min(0).max(1).nullable(),
  parts: z.array(ScorePartSchema),
});
export type SpeakingResults = z.infer<typeof SpeakingResultsSchema>;

export const SessionResultsSchema = z.discriminatedUnion("kind", [
  GrammarResultsSchema,
  VocabularyResultsSchema,
  SpeakingResultsSchema,
]);
export type SessionResults = z.infer<typeof SessionResultsSchema>;
