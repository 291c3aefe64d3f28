import { z } from "zod";
import { DifficultySchema, LevelSchema, QuestionTypeSchema } from "@/lib/questions/schema";

// Shapes shared by both AI providers, the JSON API and the stored JSON columns
// (session_answer.metrics and session_answer.feedback).

export const SourceSchema = z.enum(["gemini", "openai", "local"]);
export type Source = z.infer<typeof SourceSchema>;

export const InterviewFormatSchema = z.enum(["behavioral", "technical", "system_design", "mixed"]);
export type InterviewFormat = z.infer<typeof InterviewFormatSchema>;

const TermCount = z.object({ term: z.string(), count: z.number().int().nonnegative() });

export const RelevanceVerdictSchema = z.enum(["on-topic", "partly", "off-topic"]);
export type RelevanceVerdict = z.infer<typeof RelevanceVerdictSchema>;

/** Whether the answer addresses the question asked, with a reason the user can act on. */
export const RelevanceSchema = z.object({
  /** 0..1 from the local checks. */
  score: z.number().min(0).max(1),
  verdict: RelevanceVerdictSchema,
  reason: z.string(),
  /** The AI provider's own verdict, when one answered. */
  ai: z.object({ verdict: RelevanceVerdictSchema, reason: z.string() }).optional(),
  /** Set when the AI provider and the local checks disagree strongly; says so in words. */
  disagreement: z.string().optional(),
});

/** Whether the answer hangs together: statements of what was done, why and with what result. */
export const CoherenceSchema = z.object({
  /** 0..1 from the local checks. */
  score: z.number().min(0).max(1),
  /** What cost the most, in words; null when the answer hangs together. */
  issue: z.string().nullable(),
});

/** Technical claims checked against the established facts of the question's topic. */
export const ClaimsSchema = z.object({
  /** "not-checked" when the question maps to no topic whose facts are known. */
  status: z.enum(["checked", "not-checked"]),
  /** The topics whose facts were applied. */
  topics: z.array(z.string()),
  /** Facts the answer states correctly, with the user's words. */
  checked: z.array(z.object({ text: z.string(), quote: z.string() })),
  /** Claims that contradict the facts: the claim, the user's words and what is true. */
  contradicted: z.array(z.object({ text: z.string(), quote: z.string(), correction: z.string() })),
});
export type Claims = z.infer<typeof ClaimsSchema>;

/** Explainable metrics computed without any AI; anyone can check them against the answer text. */
export const AnswerMetricsSchema = z.object({
  wordCount: z.number().int().nonnegative(),
  sentenceCount: z.number().int().nonnegative(),
  /** Seconds the user spent answering (spoken or typed), when known. */
  durationSeconds: z.number().nonnegative().nullable(),
  wordsPerMinute: z.number().nonnegative().nullable(),
  /** Filler words and phrases ("um", "you know", "kind of") with counts. */
  fillers: z.array(TermCount),
  fillerCount: z.number().int().nonnegative(),
  /** Fillers per 100 words. */
  fillerRate: z.number().nonnegative(),
  /** Hedging words and phrases ("I think", "maybe", "sort of") with counts. */
  hedges: z.array(TermCount),
  hedgeCount: z.number().int().nonnegative(),
  /** Which parts of the STAR structure were found, with the phrase that showed each. */
  star: z.object({
    situation: z.boolean(),
    task: z.boolean(),
    action: z.boolean(),
    result: z.boolean(),
    evidence: z.record(z.string(), z.string()),
  }),
  /** Numbers, percentages, amounts and durations mentioned ("30%", "$2M", "3 weeks"). */
  numbers: z.array(z.string()),
  /** Sentences that state an outcome with a number or a clear result verb. */
  concreteResults: z.number().int().nonnegative(),
  /** Talking points of the question the answer covers, by keyword overlap. */
  talkingPoints: z.object({
    covered: z.array(z.string()),
    missed: z.array(z.string()),
    /** 0..1; null when the question has no talking points. */
    coverage: z.number().min(0).max(1).nullable(),
  }),
  // The three honesty checks. Optional only so that answers stored before they existed still
  // parse; every evaluation made now carries all three.
  relevance: RelevanceSchema.optional(),
  coherence: CoherenceSchema.optional(),
  claims: ClaimsSchema.optional(),
});
export type AnswerMetrics = z.infer<typeof AnswerMetricsSchema>;

/** The result of evaluating one answer: the `/api/ai/evaluate` response body. */
export const EvaluationSchema = z.object({
  source: SourceSchema,
  /** 1..10, one decimal place. */
  score: z.number().min(1).max(10),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  suggestions: z.array(z.string()),
  metrics: AnswerMetricsSchema,
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** What is stored in session_answer.feedback. */
export const StoredFeedbackSchema = z.object({
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  suggestions: z.array(z.string()),
  /** The model that scored the answer, when an AI provider did (e.g. "llama3.1:8b"). */
  model: z.string().optional(),
  /** Why the local engine answered although an AI provider is configured (timeout, http_429, invalid_json, ...). */
  fallbackReason: z.string().optional(),
  /** On a follow-up: which engine wrote the question, and why the local one did when an AI was configured. */
  askedBy: z.object({ source: SourceSchema, model: z.string().optional(), fallbackReason: z.string().optional() }).optional(),
});
export type StoredFeedback = z.infer<typeof StoredFeedbackSchema>;

export const GeneratedQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  type: QuestionTypeSchema,
  difficulty: DifficultySchema,
  talkingPoints: z.array(z.string()),
  /** Why it was chosen; set only for questions drawn from a job description or a resume. */
  reason: z.string().optional(),
});
export type GeneratedQuestion = z.infer<typeof GeneratedQuestionSchema>;

/** The `/api/ai/questions` response body. */
export const QuestionSetSchema = z.object({
  source: SourceSchema,
  questions: z.array(GeneratedQuestionSchema),
});
export type QuestionSet = z.infer<typeof QuestionSetSchema>;

export const MAX_ANSWER_CHARS = 20_000;
export const MAX_JOB_DESCRIPTION_CHARS = 20_000;

/** `/api/ai/questions` request body. */
export const QuestionRequestSchema = z.object({
  role: z.string().trim().min(2, "Enter a role").max(100),
  level: LevelSchema,
  company: z.string().trim().max(100).optional(),
  type: InterviewFormatSchema.optional(),
  count: z.number().int().min(1).max(20),
  jobDescription: z
    .string()
    .max(MAX_JOB_DESCRIPTION_CHARS, `The job description must be at most ${MAX_JOB_DESCRIPTION_CHARS.toLocaleString("en")} characters`)
    .optional(),
  fromResume: z.literal(true).optional(),
}).refine((body) => !(body.jobDescription !== undefined && body.fromResume), {
  message: "Ask from a job description or from your resume, not both",
  path: ["fromResume"],
});
export type QuestionRequest = z.infer<typeof QuestionRequestSchema>;

/** `/api/ai/evaluate` request body. An empty answer is valid input and gets a clear low score. */
export const EvaluateRequestSchema = z.object({
  question: z.string().trim().min(1, "Enter the question").max(2_000),
  answer: z.string().max(MAX_ANSWER_CHARS, `The answer must be at most ${MAX_ANSWER_CHARS} characters`),
  role: z.string().trim().max(100).optional(),
  level: LevelSchema.optional(),
});
export type EvaluateRequest = z.infer<typeof EvaluateRequestSchema>;

/** The gap a follow-up question probes (session_answer.follow_up_target has the same CHECK). */
export const FollowUpTargetSchema = z.enum(["result", "ownership", "example", "claim", "off-topic"]);
export type FollowUpTarget = z.infer<typeof FollowUpTargetSchema>;

/** `/api/ai/follow-up` request body: the same fields as an evaluation. */
export const FollowUpRequestSchema = EvaluateRequestSchema;
export type FollowUpRequest = z.infer<typeof FollowUpRequestSchema>;

/** The `/api/ai/follow-up` response body; `followUp` and `target` are null when nothing needs probing. */
export const FollowUpResponseSchema = z.object({
  source: SourceSchema,
  followUp: z.string().nullable(),
  target: FollowUpTargetSchema.nullable(),
});
export type FollowUpResponse = z.infer<typeof FollowUpResponseSchema>;
