import { z } from "zod";

export const PREP_TYPES = ["behavioral", "technical", "system_design", "culture"] as const;
export const PrepTypeSchema = z.enum(PREP_TYPES);
export type PrepType = z.infer<typeof PrepTypeSchema>;

export const PREP_TYPE_LABELS: Record<PrepType, string> = {
  behavioral: "Behavioural",
  technical: "Technical",
  system_design: "System design",
  culture: "Culture",
};

export const MAX_NOTES_CHARS = 10_000;
/** Longer than any seeded topic; a bound so a request cannot ship megabytes as a "topic". */
const MAX_TOPIC_CHARS = 300;

const SlugSchema = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, "Choose a company from the list");

/** What company_prep_session.topics_covered holds. */
export const TopicsCoveredSchema = z.array(z.string());

/** Checking or unchecking one topic of one prep type's checklist. */
export const ToggleTopicSchema = z.object({
  slug: SlugSchema,
  prepType: PrepTypeSchema,
  topic: z.string().min(1, "Choose a topic").max(MAX_TOPIC_CHARS, "That topic is not on this checklist"),
  checked: z.boolean(),
});
export type ToggleTopicInput = z.infer<typeof ToggleTopicSchema>;

/** The notes form of one prep type, and its server action. */
export const NotesSchema = z.object({
  slug: SlugSchema,
  prepType: PrepTypeSchema,
  notes: z
    .string()
    .max(MAX_NOTES_CHARS, `Notes must be at most ${MAX_NOTES_CHARS.toLocaleString("en")} characters`)
    // Nullable so the parsed form values can be sent to the action as they are.
    .nullable()
    .transform((value) => (value === null || value.trim() === "" ? null : value)),
});
export type NotesInput = z.input<typeof NotesSchema>;
export type Notes = z.output<typeof NotesSchema>;
