import { TERMS } from "@/lib/resume/vocabulary/terms";

/**
 * Words as a recruiter reads them: technical names stay whole ("C++", "C#",
 * "Node.js", "CI/CD", ".NET", "scikit-learn"), and sentence punctuation is
 * dropped ("Python," → "Python", "end." → "end").
 */
export type Token = {
  /** As written. */
  text: string;
  /** Lower case, singular: what case-insensitive comparisons use. */
  key: string;
  start: number;
  end: number;
  /** True when only spaces (or one line break) separate this token from the previous one, so a phrase may span both. */
  joined: boolean;
};

const TOKEN = /\.?[A-Za-z0-9][A-Za-z0-9.#+/&'’_-]*/g;
const TRAILING = /[.,/&'’_-]+$/;

/** Lower case and crude singular, applied alike to both sides of every comparison. */
export function keyOf(word: string): string {
  const lower = word.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, "");
  // Only plain words are made singular: "k8s" and "Node.js" are names.
  if (!/^[a-z]+$/.test(lower)) return lower;
  if (lower.length > 4 && lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.length > 3 && lower.endsWith("s") && !/(ss|us|is)$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

type Pattern = { termIndex: number; words: string[]; exact: boolean };

function wordsOf(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((match) => match[0].replace(TRAILING, "")).filter(Boolean);
}

/** Phrase patterns by their first word's key, longest first. */
const PATTERNS: Map<string, Pattern[]> = (() => {
  const map = new Map<string, Pattern[]>();
  const add = (pattern: Pattern) => {
    const first = pattern.words[0];
    if (!first) return;
    const key = keyOf(first);
    map.set(key, [...(map.get(key) ?? []), pattern]);
  };
  TERMS.forEach((term, termIndex) => {
    const exact = new Set(term.exact ?? []);
    // A name that is also an ordinary word ("Go", "React") is matched only as written.
    const loose = exact.has(term.name) ? (term.aliases ?? []) : [term.name, ...(term.aliases ?? [])];
    for (const phrase of loose) add({ termIndex, words: wordsOf(phrase), exact: false });
    for (const phrase of exact) add({ termIndex, words: wordsOf(phrase), exact: true });
  });
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Tokens containing "/" that are one term ("CI/CD", "UI/UX"); other slashes separate words ("Python/Django"). */
const SLASH_WORDS: ReadonlySet<string> = new Set(
  [...PATTERNS.values()].flat().flatMap((pattern) => pattern.words.filter((word) => word.includes("/")).map(keyOf)),
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0].replace(TRAILING, "");
    if (raw === "") continue;
    const start = match.index;
    const parts = raw.includes("/") && !SLASH_WORDS.has(keyOf(raw)) ? raw.split("/") : [raw];
    let offset = start;
    parts.forEach((part, index) => {
      const clean = part.replace(TRAILING, "");
      if (clean !== "") {
        const gap = text.slice(previousEnd, offset);
        tokens.push({
          text: clean,
          key: keyOf(clean),
          start: offset,
          end: offset + clean.length,
          // A line break is allowed: PDF text wraps "GitHub Actions" wherever the line ends.
          joined: index === 0 && previousEnd >= 0 && /^[ \t]*\n?[ \t]*$/.test(gap) && gap !== "",
        });
        previousEnd = offset + clean.length;
      }
      offset += part.length + 1;
    });
  }
  return tokens;
}

export type TermHit = {
  /** Index into TERMS. */
  termIndex: number;
  /** Canonical name ("Kubernetes"). */
  name: string;
  /** As written in the text ("k8s"). */
  surface: string;
  /** First and last token index covered. */
  from: number;
  to: number;
  start: number;
  end: number;
};

function matchesAt(tokens: Token[], at: number, pattern: Pattern): boolean {
  for (let offset = 0; offset < pattern.words.length; offset++) {
    const token = tokens[at + offset];
    const word = pattern.words[offset];
    if (!token || word === undefined) return false;
    if (offset > 0 && !token.joined) return false;
    const same = pattern.exact ? token.text === word || token.text === `${word}s` : token.key === keyOf(word);
    if (!same) return false;
  }
  return true;
}

/** Every known term in the text, longest match first at each position. */
export function findTerms(tokens: Token[], text: string): TermHit[] {
  const hits: TermHit[] = [];
  for (let at = 0; at < tokens.length; ) {
    const token = tokens[at]!;
    const found = PATTERNS.get(token.key)?.find((pattern) => matchesAt(tokens, at, pattern));
    if (!found) {
      at += 1;
      continue;
    }
    const last = tokens[at + found.words.length - 1]!;
    hits.push({
      termIndex: found.termIndex,
      name: TERMS[found.termIndex]!.name,
      surface: text.slice(token.start, last.end),
      from: at,
      to: at + found.words.length - 1,
      start: token.start,
      end: last.end,
    });
    at += found.words.length;
  }
  return hits;
}
