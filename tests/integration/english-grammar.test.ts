import { describe, expect, it } from "vitest";
import { lintText } from "@/lib/english/harper";
import { checkGrammar } from "@/lib/english/grammar";
import { GrammarReportSchema } from "@/lib/english/schema";
import { GRAMMAR_BANK } from "@/lib/english/grammar-bank";
import { POWER_VERBS } from "@/lib/english/power-verbs";
import { SPEAKING_DRILLS } from "@/lib/english/speaking-drills";
import { CLEAN_SENTENCES, ERROR_CASES, KNOWN_MISSES } from "../fixtures/grammar-cases";

// These run the real harper engine (WebAssembly, in this process). The first call compiles it.

describe("grammar cases through harper", () => {
  it("has at least 40 error cases and 10 clean sentences", () => {
    expect(ERROR_CASES.length).toBeGreaterThanOrEqual(40);
    expect(CLEAN_SENTENCES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ERROR_CASES.map((c) => c.category)).size).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it.each(ERROR_CASES)("flags “$flagged” in “$text” as $category", async ({ text, flagged, category }) => {
    const issues = await lintText(text);
    const hit = issues.find((issue) => text.slice(issue.start, issue.end) === flagged);
    expect(hit, `issues: ${JSON.stringify(issues)}`).toBeDefined();
    expect(hit?.category).toBe(category);
    expect(hit?.message.length).toBeGreaterThan(0);
  });

  it.each(CLEAN_SENTENCES)("finds nothing in “%s”", async (text) => {
    expect(await lintText(text)).toEqual([]);
  });

  it.each(KNOWN_MISSES)("still misses “%s” (documented limitation)", async (text) => {
    expect(await lintText(text)).toEqual([]);
  });

  it("gives the API shape for every error case, with the fix among the suggestions", async () => {
    for (const { text, flagged } of ERROR_CASES) {
      const report = await checkGrammar(text);
      expect(GrammarReportSchema.parse(report)).toEqual(report);
      expect(Object.keys(report).sort()).toEqual(["issues", "stats"]);
      const issue = report.issues.find((i) => text.slice(i.start, i.end) === flagged);
      expect(Object.keys(issue ?? {}).sort()).toEqual(["category", "end", "message", "start", "suggestions"]);
      expect(issue?.suggestions.length).toBeGreaterThan(0);
      expect(report.stats.issues).toBe(report.issues.length);
    }
  }, 60_000);

  it("suggests the expected replacements", async () => {
    const [has] = await lintText("I has five years of experience with React.");
    expect(has?.suggestions).toEqual(["have"]);
    const [space] = await lintText("We reduced the latency , which helped users.");
    // Removing the stray space is a suggestion of "" (delete the flagged text).
    expect(space?.suggestions).toEqual([""]);
  });
});

describe("offsets in non-ASCII text", () => {
  // harper.js reports UTF-16 offsets: these would be off by one per emoji (or per
  // combining mark) if it reported Unicode scalar values and we did not convert.
  const cases: [string, string[]][] = [
    ["😀😀 This is an test.", ["an"]],
    ["Café 😀 naïve résumé: I recieved teh package.", ["recieved", "teh"]],
    ["👩‍👩‍👧 family 日本語: I recieved it.", ["recieved"]],
    ["Cafe\u0301 and 𝒜 math: I recieved it.", ["recieved"]],
    ["Ünïcödé ✓ — we was late.", ["Ünïcödé", "was"]],
  ];

  it.each(cases)("text.slice(start, end) is the flagged text in %s", async (text, expected) => {
    const issues = await lintText(text);
    expect(issues.map((issue) => text.slice(issue.start, issue.end))).toEqual(expected);
  });

  it("keeps offsets right when suggestions are applied to the original text", async () => {
    const text = "😀 I recieved teh offer.";
    const issues = await lintText(text);
    let fixed = text;
    for (const issue of [...issues].reverse())
      fixed = fixed.slice(0, issue.start) + (issue.suggestions[0] ?? "") + fixed.slice(issue.end);
    expect(fixed).toBe("😀 I received the offer.");
  });
});

describe("statistics", () => {
  it("counts words, sentences and a reading grade without AI", async () => {
    const report = await checkGrammar(
      "I led the team. We shipped the product in three months, and revenue grew by 20%!",
    );
    expect(report.stats).toMatchObject({
      characters: 80,
      words: 16,
      sentences: 2,
      issues: 0,
      averageSentenceLength: 8,
      longSentences: 0,
    });
    expect(report.stats.readingGrade).toBeGreaterThan(0);
    expect(report.stats.readingGrade).toBeLessThan(10);
  });
});

describe("content written for this feature passes harper", () => {
  it.each(GRAMMAR_BANK)(
    "bank exercise $id is flagged as $category and its fixes are clean",
    async ({ sentence, fixes, category }) => {
      const issues = await lintText(sentence);
      expect(issues.map((i) => i.category)).toContain(category);
      for (const fix of fixes) expect(await lintText(fix), fix).toEqual([]);
    },
  );

  it("power-verb sentences and rewrites, and speaking passages, have no mistakes", async () => {
    const texts = [...POWER_VERBS.flatMap((p) => [p.sentence, p.rewrite]), ...SPEAKING_DRILLS.map((d) => d.text)];
    const flagged: string[] = [];
    for (const text of texts) {
      const issues = await lintText(text);
      if (issues.length > 0)
        flagged.push(`${text} → ${issues.map((i) => `${text.slice(i.start, i.end)} (${i.message})`).join("; ")}`);
    }
    expect(flagged).toEqual([]);
  }, 60_000);
});
