import { z } from "zod";

export const GUIDE_TOPICS = ["behavioral", "technical", "system_design", "dsa", "career", "communication", "negotiation"] as const;
export const GUIDE_LEVELS = ["beginner", "intermediate", "advanced"] as const;

/** A guide's front matter as written at the top of prisma/data/guides/<slug>.md. */
export const GuideFrontMatterSchema = z.object({
  title: z.string().min(3),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  topic: z.enum(GUIDE_TOPICS),
  level: z.enum(GUIDE_LEVELS),
  summary: z.string().min(10),
  readingMinutes: z.coerce.number().int().min(1).max(60),
});
export type GuideFrontMatter = z.infer<typeof GuideFrontMatterSchema>;

/** Splits "---\nkey: value\n---\nbody" into validated front matter and the Markdown body. */
export function parseGuide(source: string, file: string): GuideFrontMatter & { body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source.replace(/\r\n/g, "\n"));
  if (!match) throw new Error(`${file}: missing front matter`);
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  const parsed = GuideFrontMatterSchema.safeParse(fields);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return { ...parsed.data, body: match[2]!.trim() };
}

export type GuideTopic = (typeof GUIDE_TOPICS)[number];
export type GuideLevel = (typeof GUIDE_LEVELS)[number];

export const TOPIC_LABELS: Record<GuideTopic, string> = {
  behavioral: "Behavioural",
  technical: "Technical",
  system_design: "System design",
  dsa: "Data structures & algorithms",
  career: "Career",
  communication: "Communication",
  negotiation: "Negotiation",
};

export const LEVEL_LABELS: Record<GuideLevel, string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
};

/** Stored values are plain strings; anything outside the known set is shown as written. */
export function topicLabel(topic: string): string {
  const parsed = z.enum(GUIDE_TOPICS).safeParse(topic);
  return parsed.success ? TOPIC_LABELS[parsed.data] : topic;
}
export function levelLabel(level: string): string {
  const parsed = z.enum(GUIDE_LEVELS).safeParse(level);
  return parsed.success ? LEVEL_LABELS[parsed.data] : level;
}

/** The library's filters, read from the URL; anything invalid is ignored rather than an error. */
export const GuideFilterSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .transform((q) => (q === "" ? undefined : q))
    .optional()
    .catch(undefined),
  topic: z.enum(GUIDE_TOPICS).optional().catch(undefined),
  level: z.enum(GUIDE_LEVELS).optional().catch(undefined),
});
export type GuideFilter = z.output<typeof GuideFilterSchema>;

export const GUIDE_SLUG = /^[a-z0-9-]{1,100}$/;
