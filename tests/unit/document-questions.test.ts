import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readJobDescription, readResume, MIN_JOB_WORDS } from "@/lib/ai/local/documents";
import { questionsFromDocument, type DocumentSelection } from "@/lib/ai/local/document-questions";
import type { BankCandidate, QuestionDocument } from "@/lib/ai/types";
import { BankQuestionSchema } from "@/lib/questions/schema";
import * as doc from "../fixtures/documents";

const dataDir = fileURLToPath(new URL("../../prisma/data/questions/", import.meta.url));
const bank: BankCandidate[] = readdirSync(dataDir)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => BankQuestionSchema.array().parse(JSON.parse(readFileSync(`${dataDir}${file}`, "utf8"))))
  .map(({ modelAnswer: _modelAnswer, ...q }) => ({ ...q, companySlug: null }));

function job(text: string): QuestionDocument {
  const read = readJobDescription(text);
  if (!read.ok) throw new Error(read.problem);
  return { kind: "job", reading: read.reading };
}
function resume(text: string): QuestionDocument {
  const read = readResume(text);
  if (!read.ok) throw new Error(read.problem);
  return { kind: "resume", reading: read.reading };
}
const select = (document: QuestionDocument, overrides: Partial<DocumentSelection> = {}) =>
  questionsFromDocument(bank, { role: "backend", level: "mid", format: "mixed", count: 6, seed: "s1", excludeIds: [], document, ...overrides });
const terms = (document: QuestionDocument) => document.reading.keywords.map((k) => k.term);

describe("reading a job description", () => {
  it("finds the skills, the duties and the seniority a posting asks for", () => {
    const reading = job(doc.BACKEND_POSTING);
    expect(terms(reading)).toEqual(expect.arrayContaining(["PostgreSQL", "Go", "Kubernetes", "Redis", "Kafka"]));
    expect(reading.kind === "job" && reading.reading.seniority).toBe("senior");
    expect(reading.kind === "job" && reading.reading.responsibilities).toContain("Take part in the on-call rotation and lead incident reviews");
    // Nice-to-haves come after must-haves.
    const order = terms(reading);
    expect(order.indexOf("Kafka")).toBeGreaterThan(order.indexOf("PostgreSQL"));
  });

  it("keeps C++ and Node.js whole", () => {
    expect(terms(job(doc.SYSTEMS_POSTING))).toEqual(expect.arrayContaining(["C++", "Node.js"]));
  });

  it("leaves out capitalised words that are not skills (the title, the team)", () => {
    expect(terms(job(doc.BACKEND_POSTING))).not.toEqual(expect.arrayContaining(["Engineer"]));
    expect(terms(job(doc.BACKEND_POSTING))).not.toContain("Payments");
  });

  it.each([
    ["too short", doc.TOO_SHORT, /too short.*6 words/],
    ["another language", doc.FRENCH_POSTING, /does not look like English/],
    ["boilerplate", doc.BOILERPLATE, /names no skills, tools or duties/],
    ["empty", "", /too short.*0 words/],
  ])("refuses a posting that is %s, with the reason", (_name, text, problem) => {
    const read = readJobDescription(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(problem);
  });

  it(`needs at least ${MIN_JOB_WORDS} words`, () => {
    const words = "Kubernetes PostgreSQL Redis ".repeat(Math.ceil((MIN_JOB_WORDS - 1) / 3)).split(" ").slice(0, MIN_JOB_WORDS - 1).join(" ");
    expect(readJobDescription(words).ok).toBe(false);
  });
});

describe("reading a resume", () => {
  it("finds the claims with a number in them, and the skills", () => {
    const reading = resume(doc.RESUME);
    expect(reading.kind === "resume" && reading.reading.claims.map((c) => c.text)).toEqual([
      "Cut checkout API latency by 40% by adding Redis caching and rewriting two PostgreSQL queries",
      "Led the migration of 12 services to Kubernetes with zero downtime",
      "Mentored 3 junior engineers through their first on-call rotations",
    ]);
    expect(terms(reading)).toEqual(expect.arrayContaining(["Redis", "PostgreSQL", "Kubernetes", "Go"]));
  });

  it("refuses a resume with neither skills nor results", () => {
    const read = readResume("Jane Doe\n\nI am a hard worker and a team player who loves learning.");
    expect(read.ok).toBe(false);
  });
});

describe("questions from a job description", () => {
  const posting = job(doc.BACKEND_POSTING);

  it("gives every question a reason, and a bank question's reason names words the question really contains", () => {
    const questions = select(posting);
    expect(questions).toHaveLength(6);
    for (const question of questions) {
      expect(question.reason).toBeTruthy();
      const named = /^matches '(.+)' in the job description$/.exec(question.reason ?? "");
      if (!named) continue;
      const asked = bank.find((q) => q.id === question.id)!;
      const text = [asked.text, ...asked.tags, ...asked.talkingPoints].join(" ").toLowerCase();
      for (const term of named[1]!.split(", ")) expect(text).toContain(term.toLowerCase().replace("rest apis", "rest"));
    }
  });

  it("asks about the posting's own duties in a mixed interview, quoting them", () => {
    const duties = select(posting).filter((q) => q.reason?.startsWith("from the job description"));
    expect(duties.length).toBeGreaterThanOrEqual(1);
    expect(duties.length).toBeLessThanOrEqual(2);
    expect(duties[0]!.text).toContain("design and operate the services that move money");
    expect(duties[0]!.type).toBe("behavioral");
  });

  it("keeps to a technical format: only bank questions of that type, no duty stories", () => {
    const questions = select(posting, { format: "technical", count: 4 });
    expect(questions.every((q) => q.type === "technical")).toBe(true);
    expect(questions.some((q) => q.reason?.startsWith("from the job description"))).toBe(false);
  });

  it("never repeats a recently answered question", () => {
    const first = select(posting, { format: "technical", count: 3 });
    const again = select(posting, { format: "technical", count: 3, excludeIds: first.map((q) => q.id) });
    expect(again.map((q) => q.id)).not.toEqual(expect.arrayContaining([first[0]!.id]));
  });

  it("says so when the posting matched too few questions and the rest are the role's usual ones", () => {
    const questions = select(job(doc.SYSTEMS_POSTING), { format: "system_design", count: 5 });
    expect(questions).toHaveLength(5);
    const usual = questions.filter((q) => q.reason?.startsWith("a usual question for the role"));
    expect(usual.length).toBeGreaterThan(0);
    expect(usual.every((q) => q.reason?.includes("matched no more of our questions"))).toBe(true);
  });

  it("does not take a cluster's 'node' for Node.js", () => {
    const questions = select(job(doc.SYSTEMS_POSTING), { format: "technical", count: 6 });
    for (const q of questions.filter((q) => q.reason?.includes("Node.js"))) expect(q.text + q.talkingPoints.join(" ")).toMatch(/node\.?js/i);
  });
});

describe("questions from a resume", () => {
  it("asks the candidate to back up their own claims, quoting them", () => {
    const questions = select(resume(doc.RESUME));
    const claims = questions.filter((q) => q.reason?.startsWith("from your resume"));
    expect(claims.map((q) => q.text)).toContain(
      "You wrote that you cut checkout API latency by 40% by adding Redis caching and rewriting two PostgreSQL queries. Walk me through how: what was your own part, and how did you measure the result?",
    );
    expect(claims.length).toBeLessThanOrEqual(3);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it("asks about the resume's skills when it claims no results", () => {
    const questions = select(resume(doc.RESUME_WITHOUT_CLAIMS), { role: "frontend" });
    expect(questions.length).toBe(6);
    expect(questions.filter((q) => /^matches '.*(React|JavaScript|CSS).*' on your resume$/.test(q.reason ?? "")).length).toBeGreaterThanOrEqual(4);
  });

  it("is deterministic for the same seed", () => {
    expect(select(resume(doc.RESUME))).toEqual(select(resume(doc.RESUME)));
  });
});
