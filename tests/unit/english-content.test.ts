import { describe, expect, it } from "vitest";
import { POWER_VERBS, isStrongChoice, powerVerb } from "@/lib/english/power-verbs";
import { GRAMMAR_BANK } from "@/lib/english/grammar-bank";
import { SPEAKING_DRILLS } from "@/lib/english/speaking-drills";
import { grammarSet, pickRandom, SET_SIZE, vocabularyQuestion, vocabularySet } from "@/lib/english/pick";

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("power verbs", () => {
  it("has about 40 distinct pairs, each sentence using its weak phrase", () => {
    expect(POWER_VERBS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(POWER_VERBS.map((p) => p.id)).size).toBe(POWER_VERBS.length);
    for (const pair of POWER_VERBS) {
      expect(pair.sentence, pair.id).toContain(pair.weak);
      expect(pair.rewrite.toLowerCase(), pair.id).toContain(pair.strong[0].toLowerCase());
      expect(pair.rewrite, pair.id).not.toContain(` ${pair.weak} `);
    }
  });

  it("accepts any of a pair's strong verbs, ignoring case and spacing", () => {
    const pair = powerVerb("responsible-for")!;
    expect(isStrongChoice(pair, " Owned ")).toBe(true);
    expect(isStrongChoice(pair, "did")).toBe(false);
  });

  it("offers the pair's verb and three others that are not right answers", () => {
    for (let seed = 1; seed < 40; seed++) {
      const pair = POWER_VERBS[seed % POWER_VERBS.length]!;
      const question = vocabularyQuestion(pair, seeded(seed));
      expect(question.options).toHaveLength(4);
      expect(new Set(question.options).size).toBe(4);
      expect(question.options.filter((option) => isStrongChoice(pair, option))).toEqual([pair.strong[0]]);
    }
  });
});

describe("picking sets", () => {
  it("picks distinct items", () => {
    const picked = pickRandom([1, 2, 3, 4, 5, 6], 4, seeded(7));
    expect(new Set(picked).size).toBe(4);
    expect(pickRandom([1, 2], 5)).toHaveLength(2);
  });

  it("builds five-question grammar and vocabulary sets without revealing fixes", () => {
    const grammar = grammarSet(seeded(3));
    expect(grammar).toHaveLength(SET_SIZE);
    for (const item of grammar) expect(Object.keys(item).sort()).toEqual(["category", "id", "sentence"]);
    expect(new Set(vocabularySet(seeded(4)).map((q) => q.pairId)).size).toBe(SET_SIZE);
  });

  it("has unique ids in the grammar bank and the speaking drills", () => {
    expect(GRAMMAR_BANK.length).toBeGreaterThanOrEqual(30);
    expect(new Set(GRAMMAR_BANK.map((e) => e.id)).size).toBe(GRAMMAR_BANK.length);
    expect(new Set(SPEAKING_DRILLS.map((d) => d.id)).size).toBe(SPEAKING_DRILLS.length);
  });
});
