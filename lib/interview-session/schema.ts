import { z } from "zod";
import { LevelSchema } from "@/lib/questions/schema";
import { InterviewFormatSchema, MAX_ANSWER_CHARS, MAX_JOB_DESCRIPTION_CHARS, SourceSchema } from "@/lib/ai/schema";

// The one source of validation for interview sessions of both kinds: the
// typed/spoken mock interview ("text") and the video interview ("avatar").

export const SESSION_KINDS = ["text", "avatar"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const KIND_LABELS: Record<SessionKind, string> = {
  text: "Mock interview session",
  avatar: "Video interview session",
};

/** Where each kind's pages live. */
export const KIND_PATHS: Record<SessionKind, string> = { text: "/ai-interview", avatar: "/avatar-interview" };

/** Each kind's name in URLs that carry one, such as /instructor/sessions/{slug}/{id}. */
export const KIND_SLUGS: Record<SessionKind, string> = { text: "ai", avatar: "avatar" };

export function kindFromSlug(slug: string): SessionKind | null {
  return SESSION_KINDS.find((kind) => KIND_SLUGS[kind] === slug) ?? null;
}

export const MAX_QUESTIONS = 10;

export const QUESTION_SOURCES = ["bank", "job", "resume"] as const;
export type QuestionSourceKind = (typeof QUESTION_SOURCES)[number];
export const QUESTION_SOURCE_LABELS: Record<QuestionSourceKind, string> = {
  bank: "The question bank",
  job: "A job description",
  resume: "My resume",
};
/** Follow-ups the interviewer may ask per question; setup offers 0, 1 or 2. */
export const MAX_FOLLOW_UPS = 2;
export const DEFAULT_FOLLOW_UPS = 1;
export const FollowUpCountSchema = z.coerce
  .number({ message: "Choose how many follow-ups" })
  .int()
  .min(0, "Choose 0, 1 or 2 follow-ups")
  .max(MAX_FOLLOW_UPS, "Choose 0, 1 or 2 follow-ups");

/** The mock-interview setup form, its server action and the session it creates. */
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
  /** Where the questions come from: the bank for the role, a pasted job description, or the active resume. */
  questionSource: z.enum(QUESTION_SOURCES).default("bank"),
  jobDescription: z
    .string()
    .max(MAX_JOB_DESCRIPTION_CHARS, `The job description must be at most ${MAX_JOB_DESCRIPTION_CHARS.toLocaleString("en")} characters`)
    .optional(),
  // Optional so API clients that predate follow-ups keep their request shape.
  followUps: FollowUpCountSchema.default(DEFAULT_FOLLOW_UPS),
});
export type SetupInput = z.input<typeof SetupSchema>;
export type Setup = z.output<typeof SetupSchema>;

/** The video interview asks a mixed set, so its setup has no format field. */
export const AvatarSetupSchema = SetupSchema.omit({ format: true });
export type AvatarSetup = z.output<typeof AvatarSetupSchema>;

const Id = z.string().min(1).max(40);
const MAX_RECORDING_MS = 6 * 3600 * 1000;

export const AnswerSchema = z.object({
  sessionId: Id,
  answerId: Id,
  answer: z.string().max(MAX_ANSWER_CHARS, `Your answer must be at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters`),
  durationSeconds: z.coerce.number().int().min(0).max(6 * 3600).optional(),
});
export type AnswerInput = z.input<typeof AnswerSchema>;

/** A video-interview answer; `recordingOffsetMs` marks where it begins in the session's recording, when one is running. */
export const AvatarAnswerSchema = AnswerSchema.extend({
  recordingOffsetMs: z.coerce.number().int().min(0).max(MAX_RECORDING_MS).optional(),
});
export type AvatarAnswerInput = z.input<typeof AvatarAnswerSchema>;

export const RetrySchema = AnswerSchema.pick({ sessionId: true, answerId: true });

/** What interview_session.session_data holds. */
export const SessionDataSchema = z.object({
  seed: z.string(),
  source: SourceSchema,
  /** The model that wrote the questions, when an AI provider did. */
  model: z.string().optional(),
  fallbackReason: z.string().optional(),
  companySlug: z.string().optional(),
  /** Set when the questions were drawn from a job description or the resume rather than the bank. */
  questionSource: z.enum(["job", "resume"]).optional(),
  /** The skills of that document the questions were matched on, for the summary. */
  documentTerms: z.array(z.string()).optional(),
  /** Follow-ups per question chosen at setup; absent on sessions started before follow-ups existed, which get none. */
  followUps: FollowUpCountSchema.optional(),
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

export const PROVIDER_LABELS = {
  local: "In-browser avatar (speech synthesis, no video service)",
  did: "D-ID talking-head video",
} as const;

/** POST /api/avatar/talks: the words the interviewer says, and the session they belong to. */
export const TalkRequestSchema = z.object({
  text: z.string().trim().min(1, "Give the text to speak").max(1000, "At most 1,000 characters"),
  sessionId: z.string().min(1).max(40).optional(),
});
