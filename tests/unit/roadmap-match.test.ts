import { beforeAll, describe, expect, it } from "vitest";
import { matchTemplate, normalizeRole } from "@/lib/roadmap/match";
import type { RoleTemplate } from "@/lib/roadmap/schema";
import { loadTemplates } from "@/lib/roadmap/templates";

let templates: RoleTemplate[];

beforeAll(async () => {
  templates = await loadTemplates();
});

describe("normalising a typed role", () => {
  it("lower-cases, drops punctuation and filler words", () => {
    expect(normalizeRole("Sr. Node.js Developer (Remote)")).toBe("sr node js developer remote");
    expect(normalizeRole("Head of  Front-End")).toBe("head front end");
  });
});

describe("matching typed roles to templates", () => {
  const slugOf = (role: string) => matchTemplate(role, templates)?.template.slug ?? null;

  it("matches titles exactly and known job titles as aliases, ignoring seniority", () => {
    expect(matchTemplate("Frontend engineer", templates)).toMatchObject({ match: "exact" });
    expect(matchTemplate("Site Reliability Engineer", templates)).toMatchObject({ match: "alias", template: { slug: "devops-sre" } });
    expect(slugOf("Senior Backend Developer")).toBe("backend");
    expect(slugOf("Sr. React developer")).toBe("frontend");
    expect(slugOf("iOS developer")).toBe("mobile");
    expect(slugOf("Head of Engineering")).toBe("engineering-manager");
  });

  it("maps an unknown title to the closest template, tolerating typos", () => {
    expect(matchTemplate("Fronted web engineer", templates)).toMatchObject({ match: "closest", template: { slug: "frontend" } });
    expect(slugOf("Product designer for mobile apps")).toBe("ux-designer");
    expect(slugOf("Machine learning researcher")).toBe("ml-engineer");
    expect(slugOf("Quality engineer")).toBe("qa-sdet");
  });

  it("gives up when nothing is close", () => {
    expect(slugOf("Astronaut")).toBeNull();
    expect(slugOf("Pastry chef")).toBeNull();
  });
});
