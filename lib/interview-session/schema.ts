import { z } from "zod";
import { AnswerSchema, SetupSchema } from "@/lib/ai-interview/schema";

/**
 * The avatar interview is set up like the AI mock interview (role, level,
 * company, count) and asks a mixed set of questions, so it reuses that schema
 * without the interview-type field.
 */
export const AvatarSetupSchema = SetupSchema.omit({ format: true });
export type AvatarSetup = z.output<typeof AvatarSetupSchema>;

const MAX_RECORDING_MS = 6 * 3600 * 1000;

/** One answer; `recordingOffsetMs` marks where it begins in the session's recording, when one is running. */
export const AvatarAnswerSchema = AnswerSchema.extend({
  recordingOffsetMs: z.coerce.number().int().min(0).max(MAX_RECORDING_MS).optional(),
});
export type AvatarAnswerInput = z.input<typeof AvatarAnswerSchema>;

export const AvatarRetrySchema = AvatarAnswerSchema.pick({ sessionId: true, answerId: true });

export const PROVIDER_LABELS = {
  local: "In-browser avatar (speech synthesis, no video service)",
  did: "D-ID talking-head video",
} as const;

/** POST /api/avatar/talks: the words the interviewer says, and the session they belong to. */
export const TalkRequestSchema = z.object({
  text: z.string().trim().min(1, "Give the text to speak").max(1000, "At most 1,000 characters"),
  sessionId: z.string().min(1).max(40).optional(),
});
