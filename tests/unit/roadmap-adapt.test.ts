import { beforeAll, describe, expect, it } from "vitest";
import { buildRoadmap, bridgeWeeks, experienceFactor, matchSkills } from "@/lib/roadmap/adapt";
import { applyRefinement } from "@/lib/roadmap/refine";
import type { TemplateMatch } from "@/lib/roadmap/match";
import type { RoleTemplate } from "@/lib/roadmap/schema";
import { loadTemplates } from "@/lib/roadmap/templates";

let templates: RoleTemplate[];
const bySlug = (slug: string): TemplateMatch => ({ template: templates.find((t) => t.slug === slug)!, match: "exact", score: 1 });
const START = "2025-03-03";

beforeAll(async () => {
  templates = await loadTemplates();
});

function plan(target: string, options: { from?: string | null; skills?: string[]; years?: number; currentRole?: string } = {}) {
  return buildRoadmap(bySlug(target), options.from ? bySlug(options.from) : null, {
    currentRole: options.currentRole ?? "Someone",
    skills: options.skills ?? [],
    experienceYears: options.years ?? 3,
    startDate: START,
  });
}

describe("curated templates", () => {
  it("has the twelve required roles, all valid", () => {
    expect(templates.map((t) => t.slug).sort()).toEqual(
      ["backend", "data-analyst", "data-scientist", "devops-sre", "engineering-manager", "frontend", "full-stack", "ml-engineer", "mobile", "product-manager", "qa-sdet", "ux-designer"].sort(),
    );
  });
});

describe("adapting a template to a person", () => {
  it("without skills, experience 3-5 years and the same role, follows the template exactly", () => {
    const result = plan("frontend", { from: "frontend" });
    const template = bySlug("frontend").template;
    expect(result.milestones.map((m) => m.id)).toEqual(template.milestones.map((m) => m.id));
    expect(result.milestones.map((m) => m.weeks)).toEqual(template.milestones.map((m) => m.weeks));
    expect(result.timeline.totalWeeks).toBe(result.timeline.baselineWeeks);
    expect(result.skills.every((s) => s.status === "learn")).toBe(true);
  });

  it("marks milestones whose skills are all held as done and shortens partly known ones", () => {
    const none = plan("frontend", { from: "frontend" });
    const some = plan("frontend", { from: "frontend", skills: ["html", "CSS3", "Git", "JS"] });
    const foundations = some.milestones.find((m) => m.id === "web-foundations")!;
    expect(foundations).toMatchObject({ status: "done", weeks: 0 });
    const javascript = some.milestones.find((m) => m.id === "javascript")!;
    expect(javascript.weeks).toBeLessThan(none.milestones.find((m) => m.id === "javascript")!.weeks);
    expect(javascript.adjustment).toContain("JavaScript");
    expect(some.timeline.totalWeeks).toBeLessThan(none.timeline.totalWeeks);
    expect(some.skills.filter((s) => s.status === "have").map((s) => s.name).sort()).toEqual(["CSS", "Git", "HTML", "JavaScript"]);
    // "To learn" comes first, highest priority first.
    expect(some.skills[0]).toMatchObject({ status: "learn", priority: "high" });
  });

  it("keeps skills the role does not use as other strengths", () => {
    const { held, other } = matchSkills(bySlug("backend").template, ["PostgreSQL", "Public speaking"]);
    expect([...held]).toEqual(["SQL and relational databases"]);
    expect(other).toEqual(["Public speaking"]);
  });

  it("shortens the plan with more experience and lengthens it with none", () => {
    const junior = plan("backend", { from: "backend", years: 0 });
    const mid = plan("backend", { from: "backend", years: 4 });
    const senior = plan("backend", { from: "backend", years: 12 });
    expect(junior.timeline.totalWeeks).toBeGreaterThan(mid.timeline.totalWeeks);
    expect(senior.timeline.totalWeeks).toBeLessThan(mid.timeline.totalWeeks);
    expect(experienceFactor(0)).toBeGreaterThan(1);
    expect(experienceFactor(12)).toBeLessThan(1);
  });

  it("adds a bridging milestone first when moving from another kind of role", () => {
    const switching = plan("data-analyst", { from: "qa-sdet", currentRole: "QA engineer", skills: ["SQL"] });
    const bridge = switching.milestones[0]!;
    expect(bridge).toMatchObject({ id: "bridge", kind: "bridge", order: 1, startWeek: 0 });
    expect(bridge.title).toBe("Bridge from QA engineer to Data analyst");
    expect(bridge.goals[0]).toContain("SQL");
    expect(switching.milestones[1]!.startWeek).toBe(bridge.weeks);
    expect(plan("data-analyst", { from: "data-analyst" }).milestones.some((m) => m.kind === "bridge")).toBe(false);
  });

  it("makes the bridge longer the further apart the roles are", () => {
    const t = (slug: string) => bySlug(slug).template;
    expect(bridgeWeeks(t("frontend"), t("backend"))).toBe(2); // same family
    expect(bridgeWeeks(t("backend"), t("data-scientist"))).toBe(3); // neighbours
    expect(bridgeWeeks(t("ux-designer"), t("devops-sre"))).toBe(4); // far apart
    expect(bridgeWeeks(null, t("frontend"))).toBe(4); // no matching current role (a student, a teacher)
    expect(bridgeWeeks(t("mobile"), t("mobile"))).toBe(0);
  });

  it("lays milestones end to end from the start date to the target date", () => {
    const result = plan("qa-sdet", { from: null, currentRole: "Teacher" });
    let week = 0;
    for (const milestone of result.milestones) {
      expect(milestone.startWeek).toBe(week);
      week += milestone.weeks;
      expect(milestone.endWeek).toBe(week);
    }
    expect(result.timeline).toMatchObject({ startDate: START, totalWeeks: week });
    const days = (Date.parse(result.timeline.targetDate) - Date.parse(START)) / 86_400_000;
    expect(days).toBe(week * 7);
    expect(result.milestones[0]!.startDate).toBe(START);
  });

  it("only lists resources that some milestone uses", () => {
    const result = plan("devops-sre", { from: "devops-sre" });
    const used = new Set(result.milestones.flatMap((m) => m.resourceIds));
    expect(result.resources.length).toBeGreaterThan(0);
    expect(result.resources.every((r) => used.has(r.id))).toBe(true);
  });
});

describe("merging a Gemini refinement", () => {
  it("replaces goals and adds tips on milestones still to do, and labels the result", () => {
    const local = plan("frontend", { from: "frontend", skills: ["HTML", "CSS", "Git"] });
    const refined = applyRefinement(local, {
      summary: "A personal summary written by the model for this person.",
      milestones: [
        { id: "web-foundations", goals: ["Should be ignored: done", "Ignored too"], tip: "Ignored" },
        { id: "javascript", goals: ["Learn closures well", "Build a DOM project"], tip: "Practise daily" },
        { id: "made-up", goals: ["Not a milestone", "Still not one"], tip: "Nope" },
      ],
    }, { source: "gemini", model: "gemini-test" });
    expect(refined.source).toBe("gemini");
    expect(refined.ai?.summary).toContain("personal summary");
    expect(refined.milestones.find((m) => m.id === "javascript")).toMatchObject({ goals: ["Learn closures well", "Build a DOM project"], aiTip: "Practise daily" });
    const done = refined.milestones.find((m) => m.id === "web-foundations")!;
    expect(done.aiTip).toBeUndefined();
    expect(done.goals).toEqual(local.milestones.find((m) => m.id === "web-foundations")!.goals);
    expect(refined.milestones.map((m) => m.id)).toEqual(local.milestones.map((m) => m.id));
    expect(refined.timeline).toEqual(local.timeline);
  });
});
