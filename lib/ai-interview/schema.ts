import { z } from "zod";
import { LevelSchema } from "@/lib/questions/schema";
import { InterviewFormatSchema, MAX_ANSWER_CHARS, SourceSchema } from "@/lib/ai/schema";

export const MAX_QUESTIONS = 10;

/** The setup form, its server action and the session it creates. */
export const SetupSchema = z.object({
  role: z.string().trim().min(2, "Enter the role you are preparing for").max(100, "Role must be at most 100 characters"),
  level: LevelSchema,
  company: z
    .string()
    .trim()
    .max(64)
    .transform((value) => (value === "" ? undefined : value))
    .optional(),
  format: InterviewFormatSchema,
  count: z.coerce
    .number({ message: "Choose how many questions" })
    .int()
    .min(1, "Ask for at least 1 question")
    .max(MAX_QUESTIONS, `Ask for at most ${MAX_QUESTIONS} questions`),
});
export type SetupInput = z.input<typeof SetupSchema>;
export type Setup = z.output<typeof SetupSchema>;

const Id = z.string().min(1).max(40);

export const AnswerSchema = z.object({
  sessionId: Id,
  answerId: Id,
  answer: z.string().max(MAX_ANSWER_CHARS, `Your answer must be at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters`),
  durationSeconds: z.coerce.number().int().min(0).max(6 * 3600).optional(),
});
export type AnswerInput = z.input<typeof AnswerSchema>;

export const RetrySchema = AnswerSchema.pick({ sessionId: true, answerId: true });

/** What ai_interview_session.session_data holds. */
export const SessionDataSchema = z.object({
  seed: z.string(),
  source: SourceSchema,
  /** The model that wrote the questions, when an AI provider did. */
  model: z.string().optional(),
  fallbackReason: z.string().optional(),
  companySlug: z.string().optional(),
});
export type SessionData = z.infer<typeof SessionDataSchema>;

export const LEVEL_LABELS: Record<z.infer<typeof LevelSchema>, string> = {
  intern: "Intern",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead / principal",
};

export const FORMAT_LABELS: Record<z.infer<typeof InterviewFormatSchema>, string> = {
  mixed: "Mixed",
  behavioral: "Behavioural",
  technical: "Technical",
  system_design: "System design",
};
