import type { Milestone, Priority, RoadmapResult, RoadmapSkill, RoleFamily, RoleTemplate } from "@/lib/roadmap/schema";
import type { TemplateMatch } from "@/lib/roadmap/match";

// Turns a curated template into one person's plan. Pure and deterministic (the
// start date comes in), so unit tests pin every rule:
// - skills the person has are marked "have"; a milestone whose skills are all
//   held is done (0 weeks); a partly held one is shortened;
// - experience scales the remaining weeks (less time with more years);
// - moving from another kind of role adds a bridging milestone first.

export type AdaptInput = {
  currentRole: string;
  skills: string[];
  experienceYears: number;
  /** YYYY-MM-DD */
  startDate: string;
};

/** Share of a milestone's time that known skills save, at most (the rest is practice and integration). */
const MAX_SKILL_SAVING = 0.6;

export function experienceFactor(years: number): number {
  if (years <= 0) return 1.25;
  if (years <= 2) return 1.1;
  if (years <= 5) return 1;
  if (years <= 9) return 0.85;
  return 0.75;
}

/** Families that share a lot of daily work: switching between them takes a shorter bridge. */
const NEIGHBOURS: Record<RoleFamily, RoleFamily[]> = {
  engineering: ["data", "quality", "management"],
  data: ["engineering", "product"],
  quality: ["engineering"],
  design: ["product"],
  product: ["design", "data", "management"],
  management: ["engineering", "product"],
};

/** Weeks of the bridging milestone, or 0 when the person already works in the target role. */
export function bridgeWeeks(from: RoleTemplate | null, target: RoleTemplate): number {
  if (from?.slug === target.slug) return 0;
  if (!from) return 4;
  if (from.family === target.family) return 2;
  return NEIGHBOURS[from.family].includes(target.family) ? 3 : 4;
}

const normalizeSkill = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim();

/** The template skills the person has, and the listed skills the template does not use. */
export function matchSkills(template: RoleTemplate, skills: string[]): { held: Set<string>; other: string[] } {
  const held = new Set<string>();
  const other: string[] = [];
  for (const skill of skills) {
    const key = normalizeSkill(skill);
    const found = template.skills.find((candidate) => [candidate.name, ...candidate.aliases].some((name) => normalizeSkill(name) === key));
    if (found) held.add(found.name);
    else other.push(skill);
  }
  return { held, other };
}

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

function describeAdjustment(base: number, weeks: number, heldNames: string[], years: number): string | undefined {
  if (weeks === base) return undefined;
  const reasons: string[] = [];
  if (heldNames.length > 0) reasons.push(`you already know ${heldNames.join(", ")}`);
  const factor = experienceFactor(years);
  if (factor < 1) reasons.push(`your ${years} years of experience`);
  if (factor > 1) reasons.push(years <= 0 ? "extra practice time while you are new to the work" : "extra practice time early in your career");
  const direction = weeks < base ? "Shortened" : "Lengthened";
  return `${direction} from ${base} to ${weeks} weeks: ${reasons.join(" and ")}.`;
}

type Draft = Omit<Milestone, "order" | "startWeek" | "endWeek" | "startDate" | "endDate">;

function bridgeMilestone(from: TemplateMatch | null, currentRole: string, target: RoleTemplate, held: Set<string>, years: number): Draft | null {
  const base = bridgeWeeks(from?.template ?? null, target);
  if (base === 0) return null;
  const gaps = target.skills
    .filter((skill) => skill.priority === "high" && !held.has(skill.name))
    .slice(0, 3)
    .map((skill) => skill.name);
  const carried = [...held];
  const goals = [
    carried.length > 0
      ? `Map what carries over from ${currentRole}: ${carried.slice(0, 4).join(", ")}. Lead with it on your CV and in interviews.`
      : `List what carries over from ${currentRole} (domain knowledge, tools, ways of working) and how it helps a ${target.title.toLowerCase()}.`,
    ...target.bridgeGoals,
  ].slice(0, 5);
  const weeks = Math.max(1, Math.round(base * experienceFactor(years)));
  return {
    id: "bridge",
    kind: "bridge",
    title: `Bridge from ${currentRole} to ${target.title}`,
    status: "todo",
    baseWeeks: base,
    weeks,
    goals,
    skills: (gaps.length > 0 ? gaps : target.skills.slice(0, 2).map((s) => s.name)).map((name) => ({ name, have: false })),
    resourceIds: target.resources.slice(0, 2).map((resource) => resource.id),
    ...(weeks !== base ? { adjustment: describeAdjustment(base, weeks, [], years) } : {}),
  };
}

function coreMilestone(milestone: RoleTemplate["milestones"][number], held: Set<string>, years: number): Draft {
  const heldNames = milestone.skills.filter((name) => held.has(name));
  const share = heldNames.length / milestone.skills.length;
  const skills = milestone.skills.map((name) => ({ name, have: held.has(name) }));
  const common = { id: milestone.id, kind: "core" as const, title: milestone.title, baseWeeks: milestone.weeks, goals: milestone.goals, skills, resourceIds: milestone.resources };
  if (share === 1) {
    return { ...common, status: "done", weeks: 0, adjustment: `Marked done: you already know ${heldNames.join(", ")}. Skim the goals to check for gaps.` };
  }
  const weeks = Math.max(1, Math.round(milestone.weeks * (1 - MAX_SKILL_SAVING * share) * experienceFactor(years)));
  const adjustment = describeAdjustment(milestone.weeks, weeks, heldNames, years);
  return { ...common, status: "todo", weeks, ...(adjustment ? { adjustment } : {}) };
}

function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** The local (no AI) roadmap for one person. */
export function buildRoadmap(target: TemplateMatch, from: TemplateMatch | null, input: AdaptInput): RoadmapResult {
  const template = target.template;
  const { held, other } = matchSkills(template, input.skills);
  const bridge = bridgeMilestone(from, input.currentRole, template, held, input.experienceYears);
  const drafts = [...(bridge ? [bridge] : []), ...template.milestones.map((m) => coreMilestone(m, held, input.experienceYears))];

  let week = 0;
  const milestones: Milestone[] = drafts.map((draft, index) => {
    const startWeek = week;
    week += draft.weeks;
    return {
      ...draft,
      order: index + 1,
      startWeek,
      endWeek: week,
      startDate: addDays(input.startDate, startWeek * 7),
      // The last day of the milestone; a done milestone takes no days.
      endDate: addDays(input.startDate, Math.max(startWeek * 7, week * 7 - 1)),
    };
  });

  const skills: RoadmapSkill[] = template.skills
    .map((skill) => ({ name: skill.name, priority: skill.priority, status: held.has(skill.name) ? ("have" as const) : ("learn" as const) }))
    .sort((a, b) => Number(a.status === "have") - Number(b.status === "have") || PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);

  const used = new Set(milestones.flatMap((m) => m.resourceIds));
  const resources = template.resources.filter((resource) => used.has(resource.id));
  const baselineWeeks = template.milestones.reduce((sum, m) => sum + m.weeks, 0) + (bridge?.baseWeeks ?? 0);
  const targetDate = addDays(input.startDate, week * 7);
  const done = milestones.filter((m) => m.status === "done").length;
  const learn = skills.filter((s) => s.status === "learn").length;

  const summary = [
    week === 0
      ? `You already cover every milestone of the ${template.title.toLowerCase()} template: go straight to interview practice.`
      : `A ${week}-week plan from ${input.currentRole} to ${template.title.toLowerCase()}, from ${formatDate(input.startDate)} to about ${formatDate(targetDate)}.`,
    `You have ${skills.length - learn} of the ${skills.length} skills the role uses; ${learn} remain to learn, highest priority first.`,
    done > 0 ? `${done} milestone${done === 1 ? " is" : "s are"} already done.` : null,
    bridge ? "It starts with a bridging milestone to move across from your current role." : null,
  ]
    .filter((line) => line !== null)
    .join(" ");

  return {
    version: 1,
    template: { slug: template.slug, title: template.title, match: target.match },
    fromTemplate: from ? { slug: from.template.slug, title: from.template.title } : null,
    summary,
    milestones,
    skills,
    otherSkills: other,
    resources,
    timeline: { startDate: input.startDate, targetDate, totalWeeks: week, baselineWeeks, experienceFactor: experienceFactor(input.experienceYears) },
    source: "local",
  };
}
