// Comparing a learner's sentence with a reference without caring about spacing or quote style.

/** Collapses runs of whitespace, trims, and straightens curly quotes (phones type them). */
export function normalizeSentence(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

const wordsOf = (text: string) =>
  normalizeSentence(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/** 2·LCS / (|a| + |b|) over lower-cased words: 1 for the same words in the same order, 0 for nothing shared. */
export function wordSimilarity(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 && y.length === 0) return 1;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (const word of x) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      current[j] = word === y[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return (2 * (previous[y.length] ?? 0)) / (x.length + y.length);
}
