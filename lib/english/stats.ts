import { tokenize } from "@/lib/ai/local/metrics/tokens";
import type { TextStats } from "@/lib/english/schema";

export const LONG_SENTENCE_WORDS = 25;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Syllables by vowel groups, the usual estimate for readability formulas (within about one per word). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  // Numbers and symbols ("40%", "C#") are read as about one syllable each.
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** Word, sentence and readability counts; the Flesch–Kincaid grade uses US school years. */
export function textStats(text: string, issues: number): TextStats {
  const { tokens, sentenceCount: sentences } = tokenize(text);
  const words = tokens.length;
  const perSentence = new Map<number, number>();
  for (const token of tokens) perSentence.set(token.sentence, (perSentence.get(token.sentence) ?? 0) + 1);
  const syllableCount = tokens.reduce((sum, token) => sum + syllables(token.text), 0);
  return {
    characters: text.length,
    words,
    sentences,
    issues,
    issuesPer100Words: words === 0 ? 0 : round1((issues * 100) / words),
    averageSentenceLength: sentences === 0 ? 0 : round1(words / sentences),
    longSentences: [...perSentence.values()].filter((count) => count > LONG_SENTENCE_WORDS).length,
    readingGrade:
      words === 0 ? null : Math.max(0, round1(0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59)),
  };
}
