import { issueOver, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// "more better", "most easiest": "more"/"most" before a form that is already comparative or
// superlative. A word counts as one when it is irregular (better, worst) or is an -er/-est
// form of its lemma, or of a short adjective listed here (the tagger leaves "faster" unlemmatised).

const IRREGULAR = new Set(["better", "best", "worse", "worst"]);
const SHORT_ADJECTIVES = new Set([
  "fast",
  "quick",
  "slow",
  "easy",
  "hard",
  "big",
  "small",
  "simple",
  "cheap",
  "large",
  "high",
  "low",
  "long",
  "short",
  "strong",
  "weak",
  "clean",
  "clear",
  "safe",
  "smart",
  "young",
  "old",
  "new",
  "late",
  "early",
  "close",
  "nice",
  "great",
  "busy",
  "happy",
  "heavy",
  "light",
  "tight",
  "wide",
  "deep",
  "fresh",
  "rich",
  "poor",
  "cool",
  "hot",
  "warm",
  "cold",
  "tall",
  "lean",
  "bright",
  "calm",
  "fair",
  "firm",
  "flat",
  "quiet",
  "soft",
  "thick",
  "thin",
  "tough",
  "wise",
  "bad",
]);

function stemsOf(word: string, suffix: "er" | "est"): string[] {
  if (!word.endsWith(suffix)) return [];
  const stem = word.slice(0, -suffix.length);
  const stems = [stem, `${stem}e`];
  if (stem.endsWith("i")) stems.push(`${stem.slice(0, -1)}y`);
  if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1));
  return stems;
}

function isGraded(token: Token, suffix: "er" | "est"): boolean {
  if (token.pos !== "ADJ" && token.pos !== "ADV") return false;
  if (IRREGULAR.has(token.lower)) return true;
  return stemsOf(token.lower, suffix).some(
    (stem) => (stem === token.lemma && stem !== token.lower) || SHORT_ADJECTIVES.has(stem),
  );
}

export const doubleComparatives: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    const next = sentence[index + 1];
    if (!next || (token.lower !== "more" && token.lower !== "most")) continue;
    if (!isGraded(next, token.lower === "more" ? "er" : "est")) continue;
    issues.push(
      issueOver(
        token,
        next,
        `“${next.text}” is already a comparison: leave out “${token.text}”.`,
        [next.text],
        "redundancy",
      ),
    );
  }
  return issues;
};
