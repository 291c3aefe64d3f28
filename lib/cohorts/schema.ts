import { z } from "zod";
import { DifficultySchema, QuestionTypeSchema, RoleSchema } from "@/lib/questions/schema";

// The one source of validation for question sets, cohorts and assignments
// (forms, actions and tests). See docs/decisions/033-instructors-and-cohorts.md.

const Id = z.string().trim().min(1, "Missing id").max(64, "Invalid id");

/** Join codes avoid 0/O and 1/I so a code read aloud or copied by hand still works. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NP-Z2-9]{8}$/, "A cohort code is 8 letters and digits, as your instructor gave it");

export const MAX_SET_QUESTIONS = 10;

export const CreateSetSchema = z.object({
  name: z.string().trim().min(2, "Name the set").max(100, "The name must be at most 100 characters"),
  description: z.string().trim().max(500, "The description must be at most 500 characters").optional().default(""),
});
export type CreateSetInput = z.input<typeof CreateSetSchema>;

export const AddBankQuestionsSchema = z.object({
  setId: Id,
  questionIds: z.array(z.string().trim().min(1).max(64)).min(1, "Tick at least one question").max(MAX_SET_QUESTIONS),
});
export type AddBankQuestionsInput = z.input<typeof AddBankQuestionsSchema>;

/** An instructor's own question; talking points are typed one per line. */
export const AddOwnQuestionSchema = z.object({
  setId: Id,
  text: z.string().trim().min(10, "Write the question (at least 10 characters)").max(1000, "The question must be at most 1,000 characters"),
  type: QuestionTypeSchema,
  talkingPoints: z
    .string()
    .max(2000, "Talking points must be at most 2,000 characters")
    .optional()
    .default("")
    .transform((value) =>
      value
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .pipe(z.array(z.string().max(200, "Each talking point must be at most 200 characters")).max(8, "Write at most 8 talking points")),
});
export type AddOwnQuestionInput = z.input<typeof AddOwnQuestionSchema>;

export const RemoveSetItemSchema = z.object({ setId: Id, itemId: Id });

export const CreateCohortSchema = z.object({
  name: z.string().trim().min(2, "Name the cohort").max(100, "The name must be at most 100 characters"),
});
export type CreateCohortInput = z.input<typeof CreateCohortSchema>;

export const CohortIdSchema = z.object({ cohortId: Id });

export const AssignSetSchema = z.object({
  cohortId: Id,
  setId: Id,
  /** "" for no due date; otherwise YYYY-MM-DD, due at the end of that day (UTC). */
  dueDate: z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), "Enter a date or leave it empty"),
});
export type AssignSetInput = z.input<typeof AssignSetSchema>;

export const JoinCohortSchema = z.object({ code: JoinCodeSchema });
export type JoinCohortInput = z.input<typeof JoinCohortSchema>;

export const StartAssignmentSchema = z.object({ assignmentId: Id });

/** The bank browser's filters, read from the page's query string; anything unknown is ignored. */
export const BankFilterSchema = z.object({
  role: RoleSchema.optional().catch(undefined),
  type: QuestionTypeSchema.optional().catch(undefined),
  difficulty: DifficultySchema.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type BankFilter = z.infer<typeof BankFilterSchema>;

/** The end of a due date's day in UTC, so "due 12 March" still admits an answer on the evening of the 12th. */
export function dueAtFromDate(date: string): Date | null {
  return date === "" ? null : new Date(`${date}T23:59:59.999Z`);
}
