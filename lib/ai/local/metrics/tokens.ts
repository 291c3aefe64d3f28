// Splits an answer into the tokens every other check reads: words with their sentence and
// whether a pause sits on either side. One linear pass, no nested quantifiers.

export type Token = {
  text: string;
  /** Lower case, curly apostrophe straightened, hesitation sounds folded ("ummm" → "um"). */
  norm: string;
  start: number;
  end: number;
  sentence: number;
  /** A comma, dash, bracket or sentence edge sits right before / after the token. */
  pauseBefore: boolean;
  pauseAfter: boolean;
};

// Inner punctuation joins so "Node.js", "CI/CD", "cache-aside", "don't" and "3.5" stay one
// token; trailing + and # keep "C++" and "C#".
export const TOKEN = /[\p{L}\p{N}]+(?:['’./\-+&][\p{L}\p{N}]+)*[+#]*/gu;
const SENTENCE_BREAK = /[.!?\n]/;
const PAUSE = /[,;:()"\u2014\u2013\u2026-]/;

export function normalize(raw: string): string {
  // "ER" is an abbreviation, "er" a hesitation.
  if (raw === "ER") return "er-abbr";
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (/^u+h*m+$/.test(lower)) return "um";
  if (/^u+h+$/.test(lower)) return "uh";
  if (/^e+r+m*$/.test(lower)) return "erm";
  if (/^h+m+$/.test(lower)) return "hmm";
  return lower;
}

export function tokenize(text: string): { tokens: Token[]; sentenceCount: number } {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const breaks = tokens.length > 0 && SENTENCE_BREAK.test(gap);
    if (breaks) sentence += 1;
    const pause = tokens.length === 0 || breaks || PAUSE.test(gap);
    const last = tokens[tokens.length - 1];
    if (last) last.pauseAfter = pause;
    const end = start + match[0].length;
    tokens.push({
      text: match[0],
      norm: normalize(match[0]),
      start,
      end,
      sentence,
      pauseBefore: pause,
      pauseAfter: true,
    });
    previousEnd = end;
  }
  return { tokens, sentenceCount: tokens.length === 0 ? 0 : sentence + 1 };
}

export const previousIn = (tokens: Token[], at: number): Token | undefined => {
  const token = tokens[at - 1];
  return token && token.sentence === tokens[at]?.sentence ? token : undefined;
};

export const nextIn = (tokens: Token[], at: number, length: number): Token | undefined => {
  const token = tokens[at + length];
  return token && token.sentence === tokens[at]?.sentence ? token : undefined;
};
