import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/ai/local/facts/catalogue";
import { checkClaims, sentencesOf, topicsFor } from "@/lib/ai/local/facts/match";
import { tokenize } from "@/lib/ai/local/metrics/tokens";
import { wordsOf } from "@/lib/ai/local/relevance/corpus";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import type { Topic } from "@/lib/ai/local/facts/types";
import { ADVERSARIAL } from "../fixtures/adversarial-answers";
import { MISCONCEPTION_CASES } from "../fixtures/misconception-cases";

// The fact catalogue against the sentences it exists to catch, the true sentences it must let
// pass, and every model answer in the question bank, none of which may contain a misconception.

const contradictions = (topic: Topic, text: string) =>
  checkClaims([topic], sentencesOf(text, tokenize(text).tokens)).contradicted.map((c) => c.text);

type BankEntry = { id: string; type: string; text: string; modelAnswer?: string; talkingPoints?: string[] };
const BANK_DIR = join(import.meta.dirname, "..", "..", "prisma", "data", "questions");
const BANK: BankEntry[] = readdirSync(BANK_DIR).flatMap(
  (file) => JSON.parse(readFileSync(join(BANK_DIR, file), "utf8")) as BankEntry[],
);

describe("the fact catalogue", () => {
  const all = TOPICS.flatMap((topic) => topic.misconceptions.map((m) => ({ topic, m, key: `${topic.id}/${m.id}` })));

  it("has unique ids and a tested case for every misconception", () => {
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    expect(Object.keys(MISCONCEPTION_CASES).sort()).toEqual(all.map((a) => a.key).sort());
  });

  it.each(all.map((a) => [a.key, a] as const))(
    "catches %s and lets its near misses pass",
    (_key, { topic, m, key }) => {
      const cases = MISCONCEPTION_CASES[key];
      expect(cases?.wrong.length).toBeGreaterThan(0);
      for (const sentence of cases?.wrong ?? []) expect(contradictions(topic, sentence), sentence).toContain(m.claim);
      for (const sentence of cases?.right ?? []) expect(contradictions(topic, sentence), sentence).toEqual([]);
    },
  );

  it("maps freely typed questions to their topics", () => {
    const first = (question: string) => topicsFor(wordsOf(question))[0]?.id;
    expect(first("What's the difference between TCP and UDP?")).toBe("tcp-udp");
    expect(first("How does the JavaScript event loop work?")).toBe("js-event-loop");
    expect(first("What is overfitting and how do you prevent it?")).toBe("overfitting");
    expect(first("Can you explain ACID transactions?")).toBe("acid-transactions");
    expect(first("When would you use a container rather than a virtual machine?")).toBe("containers-vms");
    expect(first("Tell me about your favourite holiday")).toBeUndefined();
  });

  it("checks a software design answer for scaling claims, but not the design of a hiring process", () => {
    const claims = (question: string) =>
      evaluateLocally({
        question,
        answer: "To handle growth, horizontal scaling means buying a bigger server each year.",
        questionType: "system_design",
      }).metrics.claims;
    const api = claims("Design a rate limiter for a public API.");
    expect(api?.topics).toContain("scaling, caching and replication");
    expect(api?.contradicted.map((c) => c.text)).toEqual(["horizontal scaling means moving to a bigger server"]);
    const hiring = claims("Design a hiring process to grow an engineering department from 20 to 100 people.");
    expect(hiring?.status).toBe("not-checked");
  });

  it("finds no misconception in any model answer of the question bank", () => {
    const technical = BANK.filter((q) => q.type !== "behavioral" && q.modelAnswer);
    expect(technical.length).toBeGreaterThan(100);
    const flagged = technical.flatMap((q) => {
      const result = evaluateLocally({
        question: q.text,
        answer: q.modelAnswer ?? "",
        questionType: q.type as "technical" | "system_design",
        talkingPoints: q.talkingPoints ?? [],
      });
      return (result.metrics.claims?.contradicted ?? []).map((c) => `${q.id}: ${c.text} — "${c.quote}"`);
    });
    expect(flagged).toEqual([]);
  });

  it("checks every technical answer of the adversarial set and catches each wrong one", () => {
    for (const q of ADVERSARIAL.filter((item) => item.questionType !== "behavioral")) {
      for (const answer of q.answers) {
        const { metrics, improvements } = evaluateLocally({
          question: q.question,
          answer: answer.text,
          questionType: q.questionType,
          talkingPoints: q.talkingPoints,
        });
        expect(metrics.claims?.status, q.question).toBe("checked");
        const wrong = metrics.claims?.contradicted ?? [];
        if (answer.kind === "wrong") {
          expect(wrong.length, q.question).toBeGreaterThanOrEqual(2);
          expect(improvements.join(" "), q.question).toContain(wrong[0]?.correction ?? "?");
        } else if (answer.kind !== "weak") {
          // A weak answer may well be wrong too; the others state nothing false.
          expect(wrong, `${q.question} (${answer.kind})`).toEqual([]);
        }
      }
    }
  });
});
