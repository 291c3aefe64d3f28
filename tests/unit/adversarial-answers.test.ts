import { describe, expect, it } from "vitest";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { ADVERSARIAL, type AdversarialQuestion, type AnswerKind } from "../fixtures/adversarial-answers";

// The hand-graded adversarial set against the local evaluator. The bounds are what the evaluator
// reaches today, so a change that makes it easier to fool fails here; issue #13's targets
// (ρ ≥ 0.8, every trap 2 below adequate) are higher and not yet met while the fact catalogue is empty.

function scoresOf(q: AdversarialQuestion): Partial<Record<AnswerKind, number>> {
  const scores: Partial<Record<AnswerKind, number>> = {};
  for (const answer of q.answers) {
    scores[answer.kind] = evaluateLocally({
      question: q.question,
      answer: answer.text,
      questionType: q.questionType,
      talkingPoints: q.talkingPoints,
    }).score;
  }
  return scores;
}

function ranks(values: number[]): number[] {
  const sorted = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]?.value === sorted[i]?.value) j += 1;
    for (let k = i; k <= j; k += 1) result[sorted[k]?.index ?? 0] = (i + j) / 2;
    i = j + 1;
  }
  return result;
}

function spearman(a: number[], b: number[]): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  let num = 0;
  let da = 0;
  let db = 0;
  ra.forEach((x, i) => {
    const y = rb[i] ?? 0;
    num += (x - ma) * (y - mb);
    da += (x - ma) ** 2;
    db += (y - mb) ** 2;
  });
  return num / Math.sqrt(da * db);
}

const ALL = ADVERSARIAL.map((q) => ({ q, scores: scoresOf(q) }));

describe("the adversarial set", () => {
  it("has at least 15 questions and 80 graded answers, free-typed questions among them", () => {
    expect(ADVERSARIAL.length).toBeGreaterThanOrEqual(15);
    expect(ADVERSARIAL.flatMap((q) => q.answers).length).toBeGreaterThanOrEqual(80);
    expect(ADVERSARIAL.filter((q) => q.bankId === null).length).toBeGreaterThanOrEqual(5);
  });

  it("ranks strong > adequate > weak on every question", () => {
    for (const { q, scores } of ALL) {
      expect(scores.strong, q.question).toBeGreaterThan(scores.adequate ?? 10);
      expect(scores.adequate, q.question).toBeGreaterThan(scores.weak ?? 10);
    }
  });

  it("keeps the rank correlation with the human grades at the level measured (0.77)", () => {
    const grades = ADVERSARIAL.flatMap((q) => q.answers.map((a) => a.grade));
    const scores = ALL.flatMap(({ q, scores: s }) => q.answers.map((a) => s[a.kind] ?? 0));
    expect(spearman(grades, scores)).toBeGreaterThanOrEqual(0.75);
  });

  it("scores every off-topic answer at most 3.6, and salads at least 2 below adequate on 14 of 16", () => {
    for (const { q, scores } of ALL) expect(scores["off-topic"], q.question).toBeLessThanOrEqual(3.6);
    const saladsBelow = ALL.filter(({ scores }) => (scores.salad ?? 10) <= (scores.adequate ?? 0) - 2);
    expect(saladsBelow.length).toBeGreaterThanOrEqual(14);
  });
});
