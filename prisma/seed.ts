// Seeds the reference data (question bank, company profiles, DSA catalogue).
// Idempotent: rows are upserted by their stable ids, so it runs on every start.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { PrismaClient } from "./generated/client/client";
import { BankQuestionSchema } from "../lib/questions/schema";
import { CompanyDataSchema } from "../lib/companies/schema";
import { DsaProblemDataSchema } from "../lib/dsa/schema";
import { companyQuestions } from "../lib/ai/local/company";
import { parseGuide } from "../lib/resources/schema";

const DATA = join(import.meta.dirname, "data");

function readJson<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(`${path} is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function loadQuestionBank() {
  const dir = join(DATA, "questions");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => readJson(join(dir, file), z.array(BankQuestionSchema)));
}

export function loadCompanies() {
  return readJson(join(DATA, "companies.json"), z.array(CompanyDataSchema));
}

export function loadDsaProblems() {
  return readJson(join(DATA, "dsa-problems.json"), z.array(DsaProblemDataSchema));
}

export function loadGuides() {
  const dir = join(DATA, "guides");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const guide = parseGuide(readFileSync(join(dir, file), "utf8"), file);
      if (`${guide.slug}.md` !== file) throw new Error(`${file}: slug "${guide.slug}" does not match the file name`);
      return guide;
    });
}

const CHUNK = 100;
async function inChunks<T>(items: T[], run: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += CHUNK) await run(items.slice(i, i + CHUNK));
}

export async function seed(
  prisma: PrismaClient,
): Promise<{ questions: number; companies: number; dsaProblems: number; guides: number }> {
  const companies = existsSync(join(DATA, "companies.json")) ? loadCompanies() : [];
  await inChunks(companies, (chunk) =>
    prisma.$transaction(
      chunk.map(({ sampleQuestions: _sampleQuestions, ...company }) =>
        prisma.companyProfile.upsert({ where: { slug: company.slug }, create: company, update: company }),
      ),
    ),
  );

  // Each company's sample questions join the bank, tied to the company.
  const fromCompanies = companies.flatMap((company) => companyQuestions(company).map((q) => ({ ...q, modelAnswer: "" })));
  const questions = [...loadQuestionBank().map((q) => ({ ...q, companySlug: null })), ...fromCompanies];
  await inChunks(questions, (chunk) =>
    prisma.$transaction(
      chunk.map((question) => {
        const data = {
          id: question.id,
          role: question.role,
          type: question.type,
          difficulty: question.difficulty,
          levels: question.levels,
          text: question.text,
          talkingPoints: question.talkingPoints,
          modelAnswer: question.modelAnswer,
          tags: question.tags,
          companySlug: question.companySlug,
        };
        return prisma.question.upsert({ where: { id: question.id }, create: data, update: data });
      }),
    ),
  );

  const problems = existsSync(join(DATA, "dsa-problems.json")) ? loadDsaProblems() : [];
  await inChunks(problems, (chunk) =>
    prisma.$transaction(
      chunk.map((problem) => prisma.dsaProblem.upsert({ where: { slug: problem.slug }, create: problem, update: problem })),
    ),
  );

  const guides = loadGuides();
  await inChunks(guides, (chunk) =>
    prisma.$transaction(chunk.map((guide) => prisma.guide.upsert({ where: { slug: guide.slug }, create: guide, update: guide }))),
  );

  return { questions: questions.length, companies: companies.length, dsaProblems: problems.length, guides: guides.length };
}
