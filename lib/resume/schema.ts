import { z } from "zod";

/**
 * The upload cap. The issue asks for 5 MB, but server actions accept at most
 * next.config's `serverActions.bodySizeLimit` (3 MB), and the form also carries
 * the job description. Raise both together (see the resume decision note).
 */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;
export const MAX_RESUME_LABEL = "5 MB";
export const MAX_JOB_DESCRIPTION_CHARS = 20_000;
/** Longer than any real resume; beyond it the analysis would only be slow. */
export const MAX_RESUME_TEXT_CHARS = 60_000;

export const RESUME_TYPES = {
  "application/pdf": { kind: "pdf", extension: "pdf", label: "PDF" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { kind: "docx", extension: "docx", label: "DOCX" },
} as const;
export type ResumeMime = keyof typeof RESUME_TYPES;
export type ResumeKind = (typeof RESUME_TYPES)[ResumeMime]["kind"];
/** For the file input's `accept`: a hint to the picker, never trusted (the bytes decide). */
export const RESUME_ACCEPT = ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const JobDescriptionField = z
  .string()
  .trim()
  .max(MAX_JOB_DESCRIPTION_CHARS, `The job description must be at most ${MAX_JOB_DESCRIPTION_CHARS.toLocaleString("en")} characters`);

const Id = z.string().min(1).max(40);

/** The upload form and its server action. */
export const UploadSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose a PDF or DOCX file" })
    .refine((file) => file.size > 0, "The file is empty")
    .refine((file) => file.size <= MAX_RESUME_BYTES, `The file must be at most ${MAX_RESUME_LABEL}`),
  jobDescription: JobDescriptionField.optional().transform((value) => (value ? value : undefined)),
});
export type UploadInput = z.input<typeof UploadSchema>;
export type Upload = z.output<typeof UploadSchema>;

/** Matching a stored version against another job description. */
export const RematchSchema = z.object({
  id: Id,
  jobDescription: JobDescriptionField.min(30, "Paste the job description (at least a few sentences)"),
});
export type RematchInput = z.input<typeof RematchSchema>;

export const VersionIdSchema = z.object({ id: Id });

// ---- What resume_upload.suggestions holds -------------------------------

export const SECTION_KEYS = ["contact", "summary", "experience", "education", "skills", "projects"] as const;
export const SectionKeySchema = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof SectionKeySchema>;

export const SectionFindingSchema = z.object({
  found: z.boolean(),
  /** The heading line as written, when the section was found by its heading. */
  heading: z.string().optional(),
  /** For contact details found without a heading: which ones ("email", "phone", "LinkedIn"). */
  details: z.array(z.string()).optional(),
});
export type SectionFinding = z.infer<typeof SectionFindingSchema>;

export const IssueSchema = z.object({
  code: z.enum(["no_bullets", "long_bullets", "missing_sections", "first_person", "inconsistent_dates", "too_long", "too_short", "no_numbers"]),
  message: z.string(),
  examples: z.array(z.string()).default([]),
});
export type Issue = z.infer<typeof IssueSchema>;

export const KeywordSchema = z.object({
  term: z.string(),
  importance: z.enum(["must", "nice"]),
  matched: z.boolean(),
  /** How the resume wrote it when that differs from the job description (k8s for Kubernetes). */
  foundAs: z.string().optional(),
});
export type Keyword = z.infer<typeof KeywordSchema>;

export const ScorePartSchema = z.object({
  key: z.enum(["must_have", "nice_to_have", "sections", "action_verbs", "quantified", "formatting"]),
  label: z.string(),
  points: z.number(),
  max: z.number(),
  /** How the points were worked out, in words. */
  detail: z.string(),
  /** False when there was nothing to measure (no job description); left out of the total. */
  applicable: z.boolean(),
});
export type ScorePart = z.infer<typeof ScorePartSchema>;

export const SuggestionSchema = z.object({
  kind: z.enum(["missing_must", "missing_nice", "weak_verb", "no_action_verb", "unquantified", "formatting", "section"]),
  text: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const AiReviewSchema = z.object({
  source: z.enum(["gemini", "openai"]),
  /** The model that wrote the review; absent on reviews stored before it was recorded. */
  model: z.string().optional(),
  summary: z.string(),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
});
export type AiReview = z.infer<typeof AiReviewSchema>;

export const AnalysisSchema = z.object({
  sections: z.record(SectionKeySchema, SectionFindingSchema),
  length: z.object({
    words: z.number().int().nonnegative(),
    /** PDFs only. */
    pages: z.number().int().positive().nullable(),
    verdict: z.enum(["short", "ok", "long"]),
  }),
  bullets: z.object({
    count: z.number().int().nonnegative(),
    /** Lines judged as statements when the resume has no bullet markers. */
    counted: z.enum(["bullets", "lines"]),
    /** Achievements judged for verbs and numbers (bullets under Experience and Projects). */
    judged: z.number().int().nonnegative(),
    withActionVerb: z.number().int().nonnegative(),
    weakVerb: z.number().int().nonnegative(),
    quantified: z.number().int().nonnegative(),
    long: z.number().int().nonnegative(),
  }),
  actionVerbs: z.array(z.string()),
  issues: z.array(IssueSchema),
  /** Null without a job description. */
  match: z
    .object({
      keywords: z.array(KeywordSchema),
      /** Why nothing could be matched, when the job description named no skills we recognise. */
      note: z.string().optional(),
    })
    .nullable(),
  score: z.object({ total: z.number().int().min(0).max(100), parts: z.array(ScorePartSchema) }),
  suggestions: z.array(SuggestionSchema),
  /** Present when an AI model reviewed this version. */
  aiReview: AiReviewSchema.optional(),
  /** Why the AI review is missing although a provider is configured. */
  aiFailure: z.string().optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const SECTION_LABELS: Record<SectionKey, string> = {
  contact: "Contact details",
  summary: "Summary",
  experience: "Experience",
  education: "Education",
  skills: "Skills",
  projects: "Projects",
};
