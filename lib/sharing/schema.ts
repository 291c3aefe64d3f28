import { z } from "zod";

// The one source of validation for sharing, reviews and comments (forms, actions and tests).

export const SHARE_SCOPES = ["dashboard", "session"] as const;
export const ShareScopeSchema = z.enum(SHARE_SCOPES, { message: "Choose what to share" });
export type ShareScopeValue = z.infer<typeof ShareScopeSchema>;

/** How a share's target is named; a session's own kind says which (KIND_LABELS in lib/interview-session/schema). */
export const SCOPE_LABELS: Record<ShareScopeValue, string> = {
  dashboard: "Dashboard",
  session: "Interview session",
};

/**
 * Links written before both interview kinds became one session said which kind
 * they shared ("/sharing?scope=ai_session&session=…"); they still pre-select it.
 */
export function scopeFromParam(value: string | undefined): ShareScopeValue | null {
  if (value === "dashboard") return "dashboard";
  if (value === "session" || value === "ai_session" || value === "avatar_session") return "session";
  return null;
}

const Id = z.string().trim().min(1, "Missing id").max(64, "Invalid id");

/** Days until a share link stops working; "" = never. */
export const EXPIRY_CHOICES = ["", "1", "7", "30", "90"] as const;
export const EXPIRY_LABELS: Record<(typeof EXPIRY_CHOICES)[number], string> = {
  "": "Never (until revoked)",
  "1": "In 1 day",
  "7": "In 7 days",
  "30": "In 30 days",
  "90": "In 90 days",
};

/** What to share: the dashboard, or one session named by scope + id. */
const TargetShape = z.object({
  scope: ShareScopeSchema,
  sessionId: z.string().trim().max(64, "Invalid id").optional().default(""),
});
const targetNamed = (value: { scope: ShareScopeValue; sessionId: string }) => value.scope === "dashboard" || value.sessionId.length > 0;
const TARGET_MESSAGE = { path: ["sessionId"], message: "Choose the session to share" };

export const CreateShareLinkSchema = TargetShape.extend({
  expiresInDays: z.enum(EXPIRY_CHOICES, { message: "Choose when the link expires" }).optional().default(""),
}).refine(targetNamed, TARGET_MESSAGE);
export type CreateShareLinkInput = z.input<typeof CreateShareLinkSchema>;

export const ShareWithInstructorSchema = TargetShape.extend({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Email must be at most 254 characters")
    .pipe(z.email("Enter your instructor's email address")),
}).refine(targetNamed, TARGET_MESSAGE);
export type ShareWithInstructorInput = z.input<typeof ShareWithInstructorSchema>;

export const RevokeShareSchema = z.object({ kind: z.enum(["link", "instructor"]), id: Id });
export type RevokeShareInput = z.input<typeof RevokeShareSchema>;

/** The rubric an instructor scores a session by; each criterion 1 (poor) to 5 (excellent). */
export const RUBRIC_CRITERIA = ["structure", "clarity", "technicalDepth", "concreteResults", "delivery"] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];
export const RUBRIC_LABELS: Record<RubricCriterion, { label: string; hint: string }> = {
  structure: { label: "Structure", hint: "A clear beginning, middle and end (e.g. STAR)." },
  clarity: { label: "Clarity", hint: "Easy to follow; no rambling or filler." },
  technicalDepth: { label: "Technical depth", hint: "Accurate, specific, shows understanding." },
  concreteResults: { label: "Concrete results", hint: "Numbers, outcomes, what changed." },
  delivery: { label: "Delivery", hint: "Pace, confidence, eye contact and posture." },
};

const Score = z.coerce
  .number({ message: "Choose a score from 1 to 5" })
  .int("Choose a score from 1 to 5")
  .min(1, "Choose a score from 1 to 5")
  .max(5, "Choose a score from 1 to 5");

/** Stored in session_review.rubric. */
export const RubricSchema = z.object({
  structure: Score,
  clarity: Score,
  technicalDepth: Score,
  concreteResults: Score,
  delivery: Score,
});
export type Rubric = z.infer<typeof RubricSchema>;

const SessionTarget = z.object({ sessionId: Id });

export const SaveReviewSchema = SessionTarget.extend(RubricSchema.shape).extend({
  summary: z.string().trim().max(2000, "The summary must be at most 2,000 characters").optional().default(""),
});
export type SaveReviewInput = z.input<typeof SaveReviewSchema>;

/** "m:ss" or "mm:ss" (minutes may exceed 59) → milliseconds; "" → null (the whole answer); NaN when malformed. */
export function parseTimestamp(value: string): number | null {
  if (value.trim() === "") return null;
  const match = /^(\d{1,3}):([0-5]\d)$/.exec(value.trim());
  if (!match) return Number.NaN;
  return (Number(match[1]) * 60 + Number(match[2])) * 1000;
}

/** Milliseconds → "m:ss". */
export function formatTimestamp(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

export const AddCommentSchema = SessionTarget.extend({
  answerId: z.string().trim().max(64, "Invalid id").optional().default(""),
  at: z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((value) => value === "" || !Number.isNaN(parseTimestamp(value)), "Write the moment as m:ss, for example 1:05"),
  body: z.string().trim().min(1, "Write a comment").max(2000, "A comment must be at most 2,000 characters"),
}).refine((value) => value.at === "" || value.answerId !== "", {
  path: ["at"],
  message: "Choose the answer this moment belongs to",
});
export type AddCommentInput = z.input<typeof AddCommentSchema>;

export const DeleteCommentSchema = z.object({ id: Id });
