import { z } from "zod";
import { SourceSchema } from "@/lib/ai/schema";

// The roadmap form, the curated role templates (prisma/data/roadmaps/*.json)
// and what career_roadmap.result holds.

export const MAX_SKILLS = 40;
const MAX_SKILL_CHARS = 60;

/** "React, TypeScript\nSQL" or ["React", "TypeScript"] → distinct, trimmed names (case-insensitive). */
export function splitSkills(value: string | string[]): string[] {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(/[,;\n]/));
  const seen = new Map<string, string>();
  for (const part of parts) {
    const name = part.trim().replace(/\s+/g, " ");
    if (name !== "" && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

/** The form on /roadmap, its server action and createRoadmap. */
export const RoadmapFormSchema = z.object({
  currentRole: z.string().trim().min(2, "Enter your current role (or “Student”)").max(100, "Role must be at most 100 characters"),
  targetRole: z.string().trim().min(2, "Enter the role you are aiming for").max(100, "Role must be at most 100 characters"),
  // A string (typed, comma-separated) or the tag list the form builds.
  skills: z
    .union([z.string().max(4_000), z.array(z.string().max(200)).max(200)])
    .default([])
    .transform(splitSkills)
    .pipe(
      z
        .array(z.string().max(MAX_SKILL_CHARS, `Each skill must be at most ${MAX_SKILL_CHARS} characters`))
        .max(MAX_SKILLS, `List at most ${MAX_SKILLS} skills`),
    ),
  experienceYears: z.coerce
    .number({ message: "Enter your years of experience" })
    .int("Use whole years")
    .min(0, "Years cannot be negative")
    .max(50, "At most 50 years"),
});
export type RoadmapFormInput = z.input<typeof RoadmapFormSchema>;
export type RoadmapForm = z.output<typeof RoadmapFormSchema>;

export const RoadmapIdSchema = z.object({ id: z.string().min(1).max(40) });

// ---- Templates ----------------------------------------------------------

const Slug = z.string().regex(/^[a-z0-9-]+$/, "lowercase letters, digits and hyphens");
export const PrioritySchema = z.enum(["high", "medium", "low"]);
export type Priority = z.infer<typeof PrioritySchema>;
export const ResourceKindSchema = z.enum(["docs", "course", "book", "practice", "video", "community", "article"]);
export const RoleFamilySchema = z.enum(["engineering", "data", "quality", "design", "product", "management"]);
export type RoleFamily = z.infer<typeof RoleFamilySchema>;

export const ResourceSchema = z.object({
  id: Slug,
  title: z.string().min(2).max(120),
  url: z.url({ protocol: /^https$/ }),
  kind: ResourceKindSchema,
  free: z.boolean(),
});
export type Resource = z.infer<typeof ResourceSchema>;

const TemplateSkillSchema = z.object({
  name: z.string().min(1).max(MAX_SKILL_CHARS),
  priority: PrioritySchema,
  /** Other ways people write it ("JS" for JavaScript); matched case-insensitively. */
  aliases: z.array(z.string().min(1)).default([]),
});

const TemplateMilestoneSchema = z.object({
  id: Slug,
  title: z.string().min(3).max(120),
  weeks: z.number().int().min(1).max(26),
  goals: z.array(z.string().min(5).max(300)).min(2).max(6),
  /** Names from the template's skills. */
  skills: z.array(z.string()).min(1),
  /** Ids from the template's resources. */
  resources: z.array(Slug).default([]),
});

export const RoleTemplateSchema = z
  .object({
    slug: Slug,
    title: z.string().min(2).max(60),
    family: RoleFamilySchema,
    /** Job titles and keywords that mean this role. */
    aliases: z.array(z.string().min(2)).min(1),
    summary: z.string().min(20).max(600),
    /** What someone coming from another kind of role does first. */
    bridgeGoals: z.array(z.string().min(5).max(300)).min(2).max(5),
    skills: z.array(TemplateSkillSchema).min(4),
    milestones: z.array(TemplateMilestoneSchema).min(3).max(10),
    resources: z.array(ResourceSchema).min(3),
  })
  .superRefine((template, ctx) => {
    const skills = new Set(template.skills.map((skill) => skill.name));
    const resources = new Set(template.resources.map((resource) => resource.id));
    template.milestones.forEach((milestone, index) => {
      for (const skill of milestone.skills) {
        if (!skills.has(skill)) ctx.addIssue({ code: "custom", path: ["milestones", index, "skills"], message: `unknown skill "${skill}"` });
      }
      for (const resource of milestone.resources) {
        if (!resources.has(resource)) ctx.addIssue({ code: "custom", path: ["milestones", index, "resources"], message: `unknown resource "${resource}"` });
      }
    });
    const ids = template.milestones.map((milestone) => milestone.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["milestones"], message: "milestone ids must be unique" });
  });
export type RoleTemplate = z.infer<typeof RoleTemplateSchema>;

// ---- The stored result --------------------------------------------------

export const MatchKindSchema = z.enum(["exact", "alias", "closest"]);
export type MatchKind = z.infer<typeof MatchKindSchema>;

const DateString = z.iso.date();

export const MilestoneSchema = z.object({
  id: Slug,
  order: z.number().int().min(1),
  kind: z.enum(["bridge", "core"]),
  title: z.string(),
  /** "done": every skill it teaches is one the user already has, so it takes no time. */
  status: z.enum(["todo", "done"]),
  baseWeeks: z.number().int().min(0),
  weeks: z.number().int().min(0),
  goals: z.array(z.string()),
  skills: z.array(z.object({ name: z.string(), have: z.boolean() })),
  resourceIds: z.array(z.string()),
  /** Why the length differs from the template's, in words. */
  adjustment: z.string().optional(),
  startWeek: z.number().int().min(0),
  endWeek: z.number().int().min(0),
  startDate: DateString,
  endDate: DateString,
  /** Written by the AI model when the roadmap was refined; shown labelled as AI. */
  aiTip: z.string().optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const RoadmapSkillSchema = z.object({
  name: z.string(),
  status: z.enum(["have", "learn"]),
  priority: PrioritySchema,
});
export type RoadmapSkill = z.infer<typeof RoadmapSkillSchema>;

export const RoadmapResultSchema = z.object({
  version: z.literal(1),
  template: z.object({ slug: Slug, title: z.string(), match: MatchKindSchema }),
  /** The current role's closest template, when one fits (it decides the bridge). */
  fromTemplate: z.object({ slug: Slug, title: z.string() }).nullable(),
  summary: z.string(),
  milestones: z.array(MilestoneSchema),
  skills: z.array(RoadmapSkillSchema),
  /** Skills the user listed that the target role does not use: kept, as transferable strengths. */
  otherSkills: z.array(z.string()),
  resources: z.array(ResourceSchema),
  timeline: z.object({
    startDate: DateString,
    targetDate: DateString,
    totalWeeks: z.number().int().min(0),
    /** The template's length before adapting to the user, bridge included. */
    baselineWeeks: z.number().int().min(0),
    experienceFactor: z.number(),
  }),
  /** Present when an AI model refined the roadmap: its summary of the plan, and which model (absent on older rows). */
  ai: z.object({ summary: z.string(), model: z.string().optional() }).optional(),
  /** Why the local roadmap was kept although an AI provider is configured (timeout, http_429, ...). */
  fallbackReason: z.string().optional(),
  source: SourceSchema,
});
export type RoadmapResult = z.infer<typeof RoadmapResultSchema>;

export const STATUS_LABELS = {
  queued: "Queued",
  running: "In progress",
  done: "Ready",
  failed: "Failed",
} as const;
