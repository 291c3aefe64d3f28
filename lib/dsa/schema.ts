import { z } from "zod";
import { DifficultySchema } from "@/lib/questions/schema";

export const DSA_CATEGORIES = [
  "arrays",
  "strings",
  "hashing",
  "two_pointers",
  "sliding_window",
  "stack",
  "queue",
  "linked_list",
  "trees",
  "binary_search",
  "heap",
  "graphs",
  "dynamic_programming",
  "greedy",
  "backtracking",
  "bit_manipulation",
  "math",
  "intervals",
  "trie",
  "union_find",
] as const;

/** A catalogue problem as written in prisma/data/dsa-problems.json. */
export const DsaProblemDataSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  category: z.enum(DSA_CATEGORIES),
  difficulty: DifficultySchema,
  pattern: z.string(),
  summary: z.string(),
  hint: z.string().optional(),
});
export type DsaProblemData = z.infer<typeof DsaProblemDataSchema>;

export type DsaCategory = (typeof DSA_CATEGORIES)[number];

/** "dynamic_programming" → "Dynamic programming". */
export function categoryLabel(category: string): string {
  const words = category.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const DIFFICULTY_LABELS = { easy: "Easy", medium: "Medium", hard: "Hard" } as const;

/** How an attempt felt; stored as ts-fsrs's grade (1 again … 4 easy). */
export const RATINGS = ["again", "hard", "good", "easy"] as const;
export const RatingSchema = z.enum(RATINGS);
export type RatingName = z.infer<typeof RatingSchema>;
export const RATING_LABELS: Record<RatingName, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };
export const RATING_VALUES: Record<RatingName, 1 | 2 | 3 | 4> = { again: 1, hard: 2, good: 3, easy: 4 };

export function ratingName(value: number | null): RatingName | null {
  return RATINGS[(value ?? 0) - 1] ?? null;
}

export const MAX_SOLUTION_BYTES = 100 * 1024;
export const MAX_NOTES_CHARS = 10_000;
export const MAX_MINUTES = 1440;
export const MAX_TRIES = 100;

export const SlugSchema = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/, "Unknown problem");

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** A number typed in a form field; an empty field is missing, not 0 (which z.coerce alone would make it). */
const fromField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

/** The "Log an attempt" form and its server action. */
export const LogAttemptSchema = z.object({
  slug: SlugSchema,
  solved: z.enum(["yes", "no"], { message: "Say whether you solved it" }).transform((value) => value === "yes"),
  attempts: fromField(
    z.coerce
      .number({ message: "Enter how many tries it took" })
      .int("Enter a whole number of tries")
      .min(1, "Enter at least 1 try")
      .max(MAX_TRIES, `Enter at most ${MAX_TRIES} tries`),
  ),
  timeTaken: fromField(
    z.coerce
      .number({ message: "Enter the minutes you spent" })
      .int("Enter whole minutes")
      .min(0, "Time cannot be negative")
      .max(MAX_MINUTES, `Time must be at most ${MAX_MINUTES} minutes (a day)`),
  ),
  solutionCode: z
    .string()
    .refine((code) => utf8Bytes(code) <= MAX_SOLUTION_BYTES, "Solution code must be at most 100 KB")
    .default("")
    .transform((code) => (code.trim() === "" ? null : code)),
  notes: z
    .string()
    .max(MAX_NOTES_CHARS, `Notes must be at most ${MAX_NOTES_CHARS.toLocaleString("en")} characters`)
    .default("")
    .transform((notes) => (notes.trim() === "" ? null : notes.trim())),
  rating: RatingSchema,
});
export type LogAttemptInput = z.input<typeof LogAttemptSchema>;
export type LogAttempt = z.output<typeof LogAttemptSchema>;

/** The catalogue's filters, read from the URL; anything invalid is ignored rather than an error. */
export const CatalogueFilterSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .transform((q) => (q === "" ? undefined : q))
    .optional()
    .catch(undefined),
  category: z.enum(DSA_CATEGORIES).optional().catch(undefined),
  difficulty: DifficultySchema.optional().catch(undefined),
  status: z.enum(["new", "due", "solved"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type CatalogueFilter = z.output<typeof CatalogueFilterSchema>;

export const STATUS_FILTER_LABELS = { new: "Never tried", due: "Due today", solved: "Solved" } as const;
