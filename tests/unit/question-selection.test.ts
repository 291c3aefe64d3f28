import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { companyQuestions } from "@/lib/ai/local/company";
import { resolveRole, ROLE_LABELS } from "@/lib/ai/local/roles";
import { selectQuestions, significantWords, similarity, toGenerated, type SelectionInput } from "@/lib/ai/local/select";
import type { BankCandidate } from "@/lib/ai/types";
import { CompanyDataSchema } from "@/lib/companies/schema";
import { BankQuestionSchema, LEVELS, ROLES, type Level, type QuestionType, type Role } from "@/lib/questions/schema";

const dataDir = fileURLToPath(new URL("../../prisma/data/", import.meta.url));

const bank: BankCandidate[] = readdirSync(`${dataDir}questions`)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => BankQuestionSchema.array().parse(JSON.parse(readFileSync(`${dataDir}questions/${file}`, "utf8"))))
  .map(({ modelAnswer: _modelAnswer, ...q }) => ({ ...q, companySlug: null }));

const companies = CompanyDataSchema.array().parse(JSON.parse(readFileSync(`${dataDir}companies.json`, "utf8")));

function company(slug: string) {
  const found = companies.find((c) => c.slug === slug);
  if (!found) throw new Error(`no company ${slug} in companies.json`);
  return found;
}

const base: SelectionInput = {
  role: "frontend",
  level: "mid",
  format: "mixed",
  count: 6,
  seed: "seed-1",
  excludeIds: [],
};
const select = (overrides: Partial<SelectionInput> = {}, from: BankCandidate[] = bank) =>
  selectQuestions(from, { ...base, ...overrides });
const ids = (questions: BankCandidate[]) => questions.map((q) => q.id);
const countOf = (questions: BankCandidate[], type: QuestionType) => questions.filter((q) => q.type === type).length;
const SEEDS = Array.from({ length: 20 }, (_, i) => `seed-${i}`);

describe("the bank as loaded", () => {
  it("holds every role and the 463 curated questions", () => {
    expect(bank).toHaveLength(463);
    expect(new Set(bank.map((q) => q.role))).toEqual(new Set(ROLES));
  });
});

describe("selectQuestions", () => {
  it("returns the same ids in the same order for the same seed, whatever order the bank is in", () => {
    const first = ids(select());
    expect(ids(select())).toEqual(first);
    expect(ids(select({}, [...bank].reverse()))).toEqual(first);
  });

  it("returns different selections for different seeds", () => {
    const selections = new Set(SEEDS.map((seed) => [...ids(select({ seed }))].sort().join(",")));
    expect(selections.size).toBeGreaterThanOrEqual(SEEDS.length - 2);
  });

  it("respects the count", () => {
    for (const count of [1, 2, 3, 5, 6, 10, 15, 20]) {
      const chosen = select({ count, role: "backend", level: "senior" });
      expect(chosen).toHaveLength(count);
      expect(new Set(ids(chosen)).size).toBe(count);
    }
    expect(select({ count: 0 })).toEqual([]);
  });

  it.each<[Role, Level]>([
    ["frontend", "mid"],
    ["backend", "senior"],
    ["devops", "mid"],
    ["product", "senior"],
    ["hr", "mid"],
    ["marketing", "senior"],
  ])("balances a mixed %s %s interview: 6 questions, 2 of each type", (role, level) => {
    for (const seed of SEEDS.slice(0, 5)) {
      const chosen = select({ role, level, seed });
      expect([countOf(chosen, "behavioral"), countOf(chosen, "technical"), countOf(chosen, "system_design")]).toEqual([
        2, 2, 2,
      ]);
    }
  });

  it("balances as evenly as the pool allows", () => {
    // The general bank has a single system design question.
    const chosen = select({ role: "general", level: "mid" });
    expect([countOf(chosen, "behavioral"), countOf(chosen, "technical"), countOf(chosen, "system_design")]).toEqual([
      3, 2, 1,
    ]);
  });

  it("interleaves the types and puts easier questions first within a type", () => {
    for (const seed of SEEDS) {
      const chosen = select({ seed, role: "backend", level: "senior", count: 9 });
      chosen.slice(1).forEach((q, i) => expect(q.type).not.toBe(chosen[i]?.type));
      for (const type of ["behavioral", "technical", "system_design"] as const) {
        const ranks = chosen
          .filter((q) => q.type === type)
          .map((q) => ["easy", "medium", "hard"].indexOf(q.difficulty));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });

  it.each(["behavioral", "technical", "system_design"] as const)("a %s interview asks only that type", (format) => {
    for (const role of ["frontend", "ml", "sales", "ux"] as const) {
      const chosen = select({ role, format, count: 5 });
      expect(chosen).toHaveLength(5);
      expect(chosen.every((q) => q.type === format)).toBe(true);
    }
  });

  it("falls back to other types only once the requested type is exhausted", () => {
    // The general bank has four technical questions in all.
    const chosen = select({ role: "general", format: "technical", count: 6 });
    expect(chosen).toHaveLength(6);
    expect(countOf(chosen, "technical")).toBe(
      bank.filter((q) => q.role === "general" && q.type === "technical").length,
    );
  });

  it("never returns a recently answered question", () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const first = select({ seed });
      const second = select({ seed, excludeIds: ids(first) });
      expect(second).toHaveLength(first.length);
      expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    }
  });

  it("returns fewer questions rather than repeating one when the pool runs out", () => {
    const tiny = bank.filter((q) => q.role === "qa").slice(0, 3);
    expect(select({ role: "qa", count: 5 }, tiny)).toHaveLength(3);
    const excludeIds = [tiny[0]?.id ?? ""];
    const rest = select({ role: "qa", count: 5, excludeIds }, tiny);
    expect(ids(rest).sort()).toEqual(ids(tiny.slice(1)).sort());
  });

  it("never asks two near-identical questions in one interview", () => {
    const original = bank.find((q) => q.id === "frontend-004");
    if (!original) throw new Error("frontend-004 is missing from the bank");
    const copy = { ...original, id: "frontend-999", text: `${original.text} Give an example from a recent project.` };
    expect(similarity(significantWords(original.text), significantWords(copy.text))).toBeGreaterThanOrEqual(0.4);

    const withCopy = [...bank, copy];
    let copyChosen = 0;
    for (const seed of SEEDS) {
      // Asking for every mid-level frontend technical question would take both without the filter.
      const chosen = ids(select({ seed, format: "technical", count: 12 }, withCopy));
      expect(chosen.includes(original.id) && chosen.includes(copy.id)).toBe(false);
      if (chosen.includes(copy.id)) copyChosen++;
    }
    expect(copyChosen).toBeGreaterThan(0);
  });

  it("keeps the bank's own near-duplicates apart", () => {
    // frontend-020 and general-011 both ask about receiving critical feedback.
    for (const seed of SEEDS) {
      const chosen = ids(select({ seed, format: "behavioral", count: 15, level: "junior" }));
      expect(chosen.includes("frontend-020") && chosen.includes("general-011")).toBe(false);
    }
  });

  it("only uses questions for the chosen level when the pool allows", () => {
    for (const role of ["frontend", "backend", "qa", "sales"] as const) {
      for (const seed of SEEDS.slice(0, 5)) {
        for (const format of ["mixed", "behavioral"] as const) {
          const chosen = select({ role, level: "intern", format, count: 5, seed });
          expect(chosen).toHaveLength(5);
          expect(chosen.filter((q) => !q.levels.includes("intern"))).toEqual([]);
        }
      }
    }
  });

  it("widens to adjacent levels before any level", () => {
    const adjacent = (q: BankCandidate) =>
      q.levels.some((l) => Math.abs(LEVELS.indexOf(l) - LEVELS.indexOf("intern")) <= 1);
    const close = bank.filter((q) => q.role === "frontend" && q.type === "system_design" && adjacent(q));
    const chosen = select({ level: "intern", format: "system_design", count: close.length + 1 });
    expect(chosen).toHaveLength(close.length + 1);
    expect(chosen.every((q) => q.type === "system_design")).toBe(true);
    expect(ids(chosen)).toEqual(expect.arrayContaining(ids(close)));
  });

  it("gives a company's own questions about a third of the slots", () => {
    const all = [...bank, ...companies.flatMap(companyQuestions)];
    for (const slug of ["google", "amazon", "netflix", "stripe"]) {
      for (const count of [3, 6, 10]) {
        for (const seed of SEEDS.slice(0, 5)) {
          const chosen = select({ role: "backend", count, seed, companySlug: slug }, all);
          const own = chosen.filter((q) => q.companySlug === slug).length;
          expect(chosen).toHaveLength(count);
          expect(own).toBeGreaterThanOrEqual(1);
          expect(own).toBeLessThanOrEqual(Math.ceil(count / 2));
          expect(chosen.filter((q) => q.companySlug !== null && q.companySlug !== slug)).toEqual([]);
        }
      }
    }
    expect(select({ role: "backend" }, all).filter((q) => q.companySlug !== null)).toEqual([]);
  });
});

describe("toGenerated", () => {
  it("keeps what the interview shows and nothing of the bank's bookkeeping", () => {
    const q = bank[0];
    if (!q) throw new Error("empty bank");
    expect(toGenerated(q)).toEqual({
      id: q.id,
      text: q.text,
      type: q.type,
      difficulty: q.difficulty,
      talkingPoints: q.talkingPoints,
    });
  });
});

describe("companyQuestions", () => {
  const amazon = company("amazon");
  const questions = companyQuestions(amazon);

  it("turns every sample question into a stable, company-tagged candidate", () => {
    expect(ids(questions)).toEqual(amazon.sampleQuestions.map((_, i) => `company-amazon-0${i + 1}`));
    expect(ids(companyQuestions(amazon))).toEqual(ids(questions));
    for (const q of questions) {
      expect(q).toMatchObject({ role: "general", difficulty: "medium", companySlug: "amazon", tags: ["company"] });
      expect(q.levels).toEqual([...LEVELS]);
    }
  });

  it("links behavioral answers to the closest company value", () => {
    const customer = questions.find((q) => q.text.includes("customer's problem"));
    expect(customer?.talkingPoints).toContain("link to Customer Obsession");
    for (const q of companies.flatMap(companyQuestions).filter((c) => c.type === "behavioral")) {
      expect(q.talkingPoints.length).toBeGreaterThanOrEqual(3);
      expect(q.talkingPoints.length).toBeLessThanOrEqual(5);
      expect(q.talkingPoints.some((p) => p.includes("result"))).toBe(true);
    }
  });

  it("names the key nouns of technical questions plus trade-offs and testing", () => {
    const google = companyQuestions(company("google"));
    expect(google.find((q) => q.id === "company-google-03")?.talkingPoints).toEqual(
      expect.arrayContaining(["search queries", "frequent queries"]),
    );
    for (const q of companies.flatMap(companyQuestions).filter((c) => c.type !== "behavioral")) {
      expect(q.talkingPoints.length).toBeGreaterThanOrEqual(3);
      expect(q.talkingPoints.length).toBeLessThanOrEqual(5);
      expect(q.talkingPoints.some((p) => p.includes("trade-offs"))).toBe(true);
      expect(q.talkingPoints).toContain("how you would test or measure it");
    }
  });
});

describe("resolveRole", () => {
  it.each<[string, Role]>([
    ["Senior React developer", "frontend"],
    ["Backend engineer (Go)", "backend"],
    ["Full stack", "fullstack"],
    ["iOS engineer", "mobile"],
    ["Android", "mobile"],
    ["React Native developer", "mobile"],
    ["Data scientist", "data_science"],
    ["Data analyst", "data_analysis"],
    ["BI analyst", "data_analysis"],
    ["ML engineer", "ml"],
    ["machine learning", "ml"],
    ["SRE", "devops"],
    ["DevOps", "devops"],
    ["platform engineer", "devops"],
    ["QA", "qa"],
    ["SDET", "qa"],
    ["test automation", "qa"],
    ["Product manager", "product"],
    ["UX designer", "ux"],
    ["product designer", "ux"],
    ["Account executive", "sales"],
    ["sales", "sales"],
    ["Marketing", "marketing"],
    ["growth", "marketing"],
    ["Go-to-market lead", "marketing"],
    ["HR", "hr"],
    ["recruiter", "hr"],
    ["people partner", "hr"],
    ["Pastry chef", "general"],
    ["", "general"],
  ])("%s → %s", (text, role) => {
    expect(resolveRole(text)).toBe(role);
  });

  it("has a label for every role", () => {
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/\w/);
  });
});
