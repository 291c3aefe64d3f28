import { describe, expect, it } from "vitest";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { ADVERSARIAL } from "../fixtures/adversarial-answers";
import { measureQuality } from "../fixtures/adversarial-quality";

// The hand-graded adversarial set against the local evaluator, at issue #13's targets: answers
// written to fool a scorer that rewards form (off-topic polish, buzzword salads with STAR labels,
// confident wrong claims) must land well below an honest adequate answer.

const quality = measureQuality(
  (q, answer) =>
    evaluateLocally({ question: q.question, answer, questionType: q.questionType, talkingPoints: q.talkingPoints })
      .score,
);

describe("the adversarial set", () => {
  it("has at least 15 questions and 80 graded answers, free-typed questions and paraphrases among them", () => {
    expect(ADVERSARIAL.length).toBeGreaterThanOrEqual(15);
    expect(ADVERSARIAL.flatMap((q) => q.answers).length).toBeGreaterThanOrEqual(80);
    expect(ADVERSARIAL.filter((q) => q.bankId === null).length).toBeGreaterThanOrEqual(5);
    expect(ADVERSARIAL.filter((q) => q.answers.some((a) => a.kind === "paraphrase")).length).toBeGreaterThanOrEqual(4);
    for (const q of ADVERSARIAL.filter((item) => item.questionType !== "behavioral")) {
      expect(
        q.answers.map((a) => a.kind),
        q.question,
      ).toContain("wrong");
    }
  });

  it("ranks strong > adequate > weak on every question", () => {
    for (const { question, scores } of quality.perQuestion) {
      expect(scores.strong, question.question).toBeGreaterThan(scores.adequate ?? 10);
      expect(scores.adequate, question.question).toBeGreaterThan(scores.weak ?? 10);
    }
  });

  it("agrees with the human grades: Spearman rho of at least 0.8", () => {
    expect(quality.rho).toBeGreaterThanOrEqual(0.8);
  });

  it("scores every off-topic, salad and wrong answer at least 2 below the same question's adequate answer", () => {
    expect(quality.traps.length).toBeGreaterThanOrEqual(40);
    expect(quality.traps.filter((t) => t.score > t.adequate - 2)).toEqual([]);
  });

  it("scores off-topic answers at most 3 and paraphrases as on-topic answers", () => {
    for (const { question, scores } of quality.perQuestion) {
      expect(scores["off-topic"], question.question).toBeLessThanOrEqual(3);
      if (scores.paraphrase !== undefined)
        expect(scores.paraphrase, question.question).toBeGreaterThan(scores.weak ?? 10);
    }
  });
});
