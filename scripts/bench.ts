// `npm run bench`: timings of the local AI engine, measured in one run on this
// machine. Not a test: results are printed (and written to
// .data/bench/latest.json), never asserted. Figures and the commands to
// reproduce them are recorded in docs/performance.md.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { computeMetrics } from "../lib/ai/local/metrics";
import { selectQuestions } from "../lib/ai/local/select";
import { companyQuestions } from "../lib/ai/local/company";
import { BankQuestionSchema } from "../lib/questions/schema";
import { CompanyDataSchema } from "../lib/companies/schema";
import type { BankCandidate } from "../lib/ai/types";
import { GRADED } from "../tests/fixtures/graded-answers";
import { ADVERSARIAL } from "../tests/fixtures/adversarial-answers";
import { measureQuality } from "../tests/fixtures/adversarial-quality";
import { benchServer } from "./lib/bench-server";

const ROOT = join(import.meta.dirname, "..");

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, n: sorted.length };
}

function time(run: () => unknown, iterations: number): number[] {
  for (let i = 0; i < Math.min(200, iterations); i++) run(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

function loadBank(): BankCandidate[] {
  const dir = join(ROOT, "prisma", "data", "questions");
  const bank = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => z.array(BankQuestionSchema).parse(JSON.parse(readFileSync(join(dir, file), "utf8"))))
    .map(({ modelAnswer: _model, ...q }) => ({ ...q, companySlug: null }));
  const companies = z.array(CompanyDataSchema).parse(JSON.parse(readFileSync(join(ROOT, "prisma", "data", "companies.json"), "utf8")));
  return [...bank, ...companies.flatMap((company) => companyQuestions(company))];
}

const answers = GRADED.flatMap((g) =>
  [g.strong, g.average, g.weak].map((answer) => ({ question: g.question, questionType: g.questionType, talkingPoints: g.talkingPoints, answer })),
);
let cursor = 0;
const nextAnswer = () => answers[cursor++ % answers.length]!;

// The evaluator's lexical model (bank IDF, question profiles, fact catalogue) is built when its
// module loads and on first use; that cost is paid once per process and reported on its own.
const loadStart = performance.now();
const { evaluateLocally } = await import("../lib/ai/local/evaluator");
evaluateLocally(nextAnswer());
const modelLoadMs = performance.now() - loadStart;

const evaluation = stats(time(() => evaluateLocally(nextAnswer()), 3_000));
const adversarialAnswers = ADVERSARIAL.flatMap((q) =>
  q.answers.map((a) => ({ question: q.question, questionType: q.questionType, talkingPoints: q.talkingPoints, answer: a.text })),
);
let adversarialCursor = 0;
const adversarialEvaluation = stats(
  time(() => evaluateLocally(adversarialAnswers[adversarialCursor++ % adversarialAnswers.length]!), 2_000),
);
const quality = measureQuality(
  (q, answer) =>
    evaluateLocally({ question: q.question, answer, questionType: q.questionType, talkingPoints: q.talkingPoints }).score,
);
const graded = measureQuality(
  (q, answer) =>
    evaluateLocally({ question: q.question, answer, questionType: q.questionType, talkingPoints: q.talkingPoints }).score,
  GRADED.map((g) => ({
    bankId: null,
    question: g.question,
    questionType: g.questionType,
    talkingPoints: g.talkingPoints,
    answers: [
      { kind: "strong" as const, grade: 9, text: g.strong },
      { kind: "adequate" as const, grade: 6, text: g.average },
      { kind: "weak" as const, grade: 3, text: g.weak },
    ],
  })),
);
const metricsOnly = stats(time(() => computeMetrics(nextAnswer()), 3_000));
const longAnswer = { ...answers[0]!, answer: answers[0]!.answer.repeat(40).slice(0, 20_000) };
const longEvaluation = stats(time(() => evaluateLocally(longAnswer), 300));

const bank = loadBank();
let seed = 0;
const selection = stats(
  time(
    () => selectQuestions(bank, { role: "backend", level: "mid", format: "mixed", count: 6, seed: `s${seed++}`, excludeIds: [] }),
    2_000,
  ),
);
const selectionWithHistory = stats(
  time(
    () =>
      selectQuestions(bank, {
        role: "backend",
        level: "mid",
        format: "mixed",
        count: 10,
        seed: `h${seed++}`,
        excludeIds: bank.slice(0, 300).map((q) => q.id),
        companySlug: "stripe",
      }),
    2_000,
  ),
);

const results = {
  machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
  localEvaluatorPerAnswer: evaluation,
  localEvaluatorAdversarialAnswer: adversarialEvaluation,
  lexicalModelLoadMs: modelLoadMs,
  quality: {
    adversarial: {
      answers: adversarialAnswers.length,
      spearman: quality.rho,
      ordered: `${quality.ordered}/${quality.perQuestion.length}`,
      trapsTwoBelowAdequate: `${quality.trapsBelow.length}/${quality.traps.length}`,
    },
    graded: { ordered: `${graded.ordered}/${graded.perQuestion.length}` },
  },
  metricsPerAnswer: metricsOnly,
  localEvaluator20kChars: longEvaluation,
  selection6Questions: selection,
  selection10QuestionsWith300Excluded: selectionWithHistory,
  bankSize: bank.length,
  ratios: {
    evaluatorToMetrics: evaluation.median / metricsOnly.median,
    longToTypicalAnswer: longEvaluation.median / evaluation.median,
  },
};

console.log("Local AI engine (one run, this machine)");
console.log(`  evaluator, graded answers (${answers.length} distinct)   median ${ms(evaluation.median)}  p95 ${ms(evaluation.p95)}  target < 5 ms: ${evaluation.median < 5 ? "met" : "MISSED"}`);
console.log(`  evaluator, adversarial answers (${adversarialAnswers.length})       median ${ms(adversarialEvaluation.median)}  p95 ${ms(adversarialEvaluation.p95)}  target < 50 ms: ${adversarialEvaluation.median < 50 ? "met" : "MISSED"}`);
console.log(`  lexical model load (IDF, profiles, facts)     ${ms(modelLoadMs)}, once per process`);
console.log(`  quality, adversarial set: Spearman rho ${quality.rho.toFixed(3)}, strong > adequate > weak on ${quality.ordered}/${quality.perQuestion.length}, traps 2+ below adequate ${quality.trapsBelow.length}/${quality.traps.length}`);
console.log(`  quality, graded fixtures: strong > average > weak on ${graded.ordered}/${graded.perQuestion.length}`);
console.log(`  metrics only                                  median ${ms(metricsOnly.median)}  p95 ${ms(metricsOnly.p95)}`);
console.log(`  evaluator, 20,000-character answer            median ${ms(longEvaluation.median)}  p95 ${ms(longEvaluation.p95)}`);
console.log(`  question selection, 6 of ${bank.length}                 median ${ms(selection.median)}  p95 ${ms(selection.p95)}`);
console.log(`  selection, 10 with 300 excluded + company     median ${ms(selectionWithHistory.median)}  p95 ${ms(selectionWithHistory.p95)}`);
console.log(`  ratios: evaluator/metrics ${results.ratios.evaluatorToMetrics.toFixed(2)}x, 20k-char/typical answer ${results.ratios.longToTypicalAnswer.toFixed(1)}x`);

let server: Awaited<ReturnType<typeof benchServer>> | null = null;
if (!process.argv.includes("--engine-only")) {
  console.log("\nStarting a production server for the route and page figures…");
  server = await benchServer(Number(process.env.BENCH_SECONDS ?? 5));
  const ceiling = server.routes.ceiling.rps;
  console.log("\nRoutes (8 connections, one logged-in user; ratio = requests/s ÷ the do-nothing handler's)");
  for (const [name, r] of Object.entries(server.routes)) {
    console.log(`  ${name.padEnd(14)} ${r.rps.toFixed(0).padStart(6)} req/s  ratio ${(r.rps / ceiling).toFixed(2)}  p50 ${r.p50} ms  p99 ${r.p99} ms${r.non2xx ? `  non-2xx ${r.non2xx}` : ""}`);
  }
  console.log("\nDashboard data (getDashboard, in-process) as one user's history grows");
  const base = server.dashboard["100"]!.median;
  for (const [size, t] of Object.entries(server.dashboard)) {
    console.log(`  ${size.padStart(6)} answers  median ${ms(t.median)}  p95 ${ms(t.p95)}  (${(t.median / base).toFixed(2)}× the 100-answer time; target < 50 ms)`);
  }
  console.log("\nAnalytics data (getAnalytics, one statement, 90 days, every type) as one user's history grows");
  const analyticsBase = server.analytics["100"]!.median;
  for (const [size, t] of Object.entries(server.analytics)) {
    console.log(`  ${size.padStart(6)} answers  median ${ms(t.median)}  p95 ${ms(t.p95)}  (${(t.median / analyticsBase).toFixed(2)}× the 100-answer time; target < 50 ms)`);
  }
  console.log("\nFirst-load JavaScript per page, gzipped (budget 200 KB)");
  for (const [page, bytes] of Object.entries(server.firstLoad)) {
    console.log(`  ${page.padEnd(16)} ${(bytes / 1024).toFixed(1).padStart(6)} KB ${bytes <= 200 * 1024 ? "" : " OVER BUDGET"}`);
  }
}

mkdirSync(join(ROOT, ".data", "bench"), { recursive: true });
writeFileSync(join(ROOT, ".data", "bench", "latest.json"), JSON.stringify({ ...results, server }, null, 2));
