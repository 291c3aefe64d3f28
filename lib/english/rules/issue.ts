import type { GrammarIssue } from "@/lib/english/schema";
import type { Token } from "@/lib/english/rules/tagger";

/** A rule looks at one tagged sentence and reports what it finds there. */
export type Rule = (sentence: readonly Token[]) => GrammarIssue[];

/** An issue covering tokens `first` to `last`, with suggestions that keep a capital first letter. */
export function issueOver(
  first: Token,
  last: Token,
  message: string,
  suggestions: readonly string[],
  category: string,
): GrammarIssue {
  const capital = /^[A-Z]/.test(first.text);
  return {
    start: first.start,
    end: last.end,
    message,
    suggestions: suggestions.map((s) => (capital ? s.charAt(0).toUpperCase() + s.slice(1) : s)),
    category,
  };
}

/** Words that may sit between a subject or auxiliary and its verb without changing the verb's form. */
export const MID_ADVERBS = new Set([
  "always",
  "never",
  "usually",
  "often",
  "also",
  "really",
  "just",
  "still",
  "only",
  "sometimes",
  "rarely",
  "generally",
  "normally",
  "mostly",
  "already",
  "probably",
  "definitely",
  "certainly",
]);

export const NEGATIONS = new Set(["not", "n't", "never"]);

/** Index of the first token at or after `from` that is not a mid-sentence adverb. */
export function skipAdverbs(sentence: readonly Token[], from: number): number {
  let index = from;
  while (sentence[index] && MID_ADVERBS.has(sentence[index]?.lower ?? "")) index += 1;
  return index;
}
