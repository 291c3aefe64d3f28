import { describe, expect, it } from "vitest";
import { locateProblem, scalarToUtf16 } from "@/lib/english/offsets";
import { applyReplacements, sentenceSpans } from "@/lib/english/sentences";
import { normalizeSentence, wordSimilarity } from "@/lib/english/compare";
import { syllables, textStats } from "@/lib/english/stats";
import { categoryLabel, categoryOf } from "@/lib/english/labels";

describe("offset conversion", () => {
  const text = "😀 naïve: I recieved it.";
  // In Unicode scalar values "recieved" starts at 11; in UTF-16 code units at 12.
  it("converts scalar indices after an emoji into UTF-16 indices", () => {
    expect(scalarToUtf16(text, { start: 11, end: 19 })).toEqual({ start: 12, end: 20 });
    expect(text.slice(12, 20)).toBe("recieved");
  });

  it("keeps a span that already points at the problem and converts one that does not", () => {
    expect(locateProblem(text, { start: 12, end: 20 }, "recieved")).toEqual({ start: 12, end: 20 });
    expect(locateProblem(text, { start: 11, end: 19 }, "recieved")).toEqual({ start: 12, end: 20 });
    expect(locateProblem(text, { start: 0, end: 3 }, "recieved")).toBeNull();
  });

  it("handles spans at the very end and empty spans", () => {
    const end = [...text].length;
    expect(scalarToUtf16(text, { start: end, end })).toEqual({ start: text.length, end: text.length });
    expect(locateProblem(text, { start: 5, end: 5 }, "")).toEqual({ start: 5, end: 5 });
  });
});

describe("sentences", () => {
  it("splits at sentence ends but not inside Node.js or 3.5, with offsets into the text", () => {
    const text = "I used Node.js 3.5 times. Then I left!  Why?\nNew line";
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(["I used Node.js 3.5 times.", "Then I left!", "Why?", "New line"]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("applies replacements from the end so earlier offsets stay valid, skipping overlaps", () => {
    expect(
      applyReplacements("I has a apple", [
        { start: 2, end: 5, replacement: "have" },
        { start: 6, end: 7, replacement: "an" },
        { start: 4, end: 7, replacement: "x" },
      ]),
    ).toBe("I have an apple");
  });
});

describe("comparing corrections", () => {
  it("ignores spacing and quote style", () => {
    expect(normalizeSentence("  It’s   a “test”. ")).toBe(`It's a "test".`);
  });

  it("scores word overlap in order", () => {
    expect(wordSimilarity("My lead gave me more ownership.", "My lead gave me more ownership.")).toBe(1);
    expect(wordSimilarity("My lead has given me more ownership.", "My lead gave me more ownership.")).toBeGreaterThan(
      0.75,
    );
    expect(wordSimilarity("I wrote tests.", "My lead gave me more ownership.")).toBeLessThan(0.3);
    expect(wordSimilarity("", "")).toBe(1);
  });
});

describe("text statistics", () => {
  it("estimates syllables", () => {
    expect(syllables("cat")).toBe(1);
    expect(syllables("engineer")).toBe(3);
    expect(syllables("deployment")).toBe(3);
    expect(syllables("40%")).toBe(1);
  });

  it("counts long sentences and gives no grade for empty text", () => {
    const long = `${"word ".repeat(30).trim()}. Short one.`;
    expect(textStats(long, 2)).toMatchObject({
      words: 32,
      sentences: 2,
      longSentences: 1,
      issues: 2,
      issuesPer100Words: 6.3,
    });
    expect(textStats("   ", 0)).toMatchObject({ words: 0, sentences: 0, readingGrade: null, averageSentenceLength: 0 });
  });

  it("grades harder text higher", () => {
    const easy = textStats("I led the team. We won. It was fun.", 0).readingGrade ?? 0;
    const hard =
      textStats(
        "Consequently, the organisational restructuring necessitated comprehensive reconsideration of interdepartmental responsibilities.",
        0,
      ).readingGrade ?? 0;
    expect(hard).toBeGreaterThan(easy + 5);
  });
});

describe("categories", () => {
  it("turns harper's lint kinds into kebab-case categories with labels", () => {
    expect(categoryOf("WordChoice")).toBe("word-choice");
    expect(categoryOf("Spelling")).toBe("spelling");
    expect(categoryOf("BoundaryError")).toBe("boundary-error");
    expect(categoryLabel("word-choice")).toBe("Word choice");
    expect(categoryLabel("brand-new-kind")).toBe("Brand new kind");
  });
});
