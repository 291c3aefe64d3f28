import { describe, expect, it } from "vitest";
import { RoadmapFormSchema, splitSkills } from "@/lib/roadmap/schema";

describe("the roadmap form schema", () => {
  it("splits a typed skill list on commas, semicolons and new lines, dropping blanks and repeats", () => {
    expect(splitSkills("React,  TypeScript;sql\n\nreact , SQL")).toEqual(["React", "TypeScript", "sql"]);
    expect(splitSkills(["Figma", "UX research, Figma"])).toEqual(["Figma", "UX research"]);
  });

  it("accepts the tag list the form sends and coerces the years", () => {
    const parsed = RoadmapFormSchema.parse({ currentRole: " Teacher ", targetRole: "Data analyst", skills: ["Excel", "excel"], experienceYears: "7" });
    expect(parsed).toEqual({ currentRole: "Teacher", targetRole: "Data analyst", skills: ["Excel"], experienceYears: 7 });
  });

  it("reports each invalid field with a message the user can act on", () => {
    const result = RoadmapFormSchema.safeParse({ currentRole: "", targetRole: "x", skills: ["a".repeat(61)], experienceYears: -1 });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(fields).toMatchObject({
      currentRole: expect.stringContaining("current role"),
      targetRole: expect.stringContaining("aiming for"),
      skills: expect.stringContaining("at most 60"),
      experienceYears: "Years cannot be negative",
    });
  });

  it("caps the number of skills", () => {
    const many = Array.from({ length: 41 }, (_, i) => `Skill ${i}`);
    expect(RoadmapFormSchema.safeParse({ currentRole: "Teacher", targetRole: "Data analyst", skills: many, experienceYears: 1 }).success).toBe(false);
  });
});
