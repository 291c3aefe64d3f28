import type { Token } from "@/lib/ai/local/metrics/tokens";
import type { KeyFact, Misconception, Pattern, Topic } from "@/lib/ai/local/facts/types";
import { TOPICS } from "@/lib/ai/local/facts/catalogue";

// Token patterns over one sentence at a time. A phrase word matches a token by prefix, so the
// catalogue writes "retransmit" once for "retransmits", "retransmitted" and "retransmission".

type Phrase = string[];
type CompiledPattern = { groups: Phrase[][]; maxGap: number; breaks: Set<string> };

const DEFAULT_GAP = 4;
// A negation just before a claim turns it round: "TCP is not connectionless".
const NEGATIONS = new Set([
  "not",
  "never",
  "no",
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  "didn't",
  "won't",
  "cannot",
  "can't",
  "nor",
  "shouldn't",
  "wouldn't",
  "mustn't",
  "avoid",
]);
const NEGATION_WINDOW = 2;
// Words that, between two groups, start another clause or subject: "unlike TCP, UDP is
// connectionless" says nothing about TCP. A pattern adds its own (the other protocol's name).
const CLAUSE_BREAKS = ["but", "whereas", "while", "unlike", "however", "instead", "rather", "than", "although"];

const normalizeWord = (word: string) => word.toLowerCase().replace(/’/g, "'");
const compilePhrase = (phrase: string): Phrase =>
  phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => normalizeWord(word).replace(/[()]/g, ""));

const cache = new WeakMap<Pattern, CompiledPattern>();
function compile(pattern: Pattern): CompiledPattern {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = {
      groups: pattern.groups.map((group) => group.map(compilePhrase)),
      maxGap: pattern.maxGap ?? DEFAULT_GAP,
      breaks: new Set([...CLAUSE_BREAKS, ...(pattern.breaks ?? [])].map(normalizeWord)),
    };
    cache.set(pattern, compiled);
  }
  return compiled;
}

// Short words only take inflections ("get" matches "gets", not "getaway"); longer ones match any
// continuation but a negating one, so "connection" never matches "connectionless".
const INFLECTION = /^(s|es|ed|d|ing|ting|ning|ted|ned|er|ers|ly|y|ies|ied)?$/;
const NEGATING_SUFFIX = /^(less|lessly)$/;

/** Whether a token is the phrase word or a form of it. */
export function wordMatches(token: string, word: string): boolean {
  if (!token.startsWith(word)) return false;
  const rest = token.slice(word.length);
  if (rest === "") return true;
  if (NEGATING_SUFFIX.test(rest)) return false;
  return word.length >= 5 || INFLECTION.test(rest);
}

/** Length of the phrase when it matches the sentence's tokens from `at`, else 0. */
function phraseAt(words: string[], at: number, phrase: Phrase): number {
  if (phrase.length === 0 || at + phrase.length > words.length) return 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const word = words[at + i];
    const part = phrase[i];
    if (word === undefined || part === undefined || !wordMatches(word, part)) return 0;
  }
  return phrase.length;
}

function groupFrom(words: string[], from: number, to: number, group: Phrase[]): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  for (let at = from; at <= Math.min(to, words.length - 1); at += 1) {
    for (const phrase of group) {
      const length = phraseAt(words, at, phrase);
      if (length > 0) hits.push({ start: at, end: at + length });
    }
  }
  return hits;
}

const negatedAt = (words: string[], from: number, at: number) =>
  words.slice(Math.max(from, at - NEGATION_WINDOW), at).some((w) => NEGATIONS.has(w));

/**
 * The span of the sentence's words the pattern matches, or null. A group's phrase does not count
 * when a negation stands just before it ("POST is not idempotent") or when a clause break or
 * another subject lies between it and the previous group.
 */
export function matchPattern(words: string[], pattern: Pattern): { start: number; end: number } | null {
  const { groups, maxGap, breaks } = compile(pattern);
  const first = groups[0];
  if (!first) return null;
  const broken = (from: number, to: number) => words.slice(from, to).some((w) => breaks.has(w));
  const follow = (g: number, end: number): number | null => {
    const group = groups[g];
    if (!group) return end;
    for (const hit of groupFrom(words, end, end + maxGap, group)) {
      if (negatedAt(words, end, hit.start) || broken(end, hit.start)) continue;
      const last = follow(g + 1, hit.end);
      if (last !== null) return last;
    }
    return null;
  };
  for (const hit of groupFrom(words, 0, words.length - 1, first)) {
    if (negatedAt(words, 0, hit.start)) continue;
    const end = follow(1, hit.end);
    if (end !== null) return { start: hit.start, end };
  }
  return null;
}

export type Sentence = { words: string[]; text: string };

/** Splits tokens into sentences of normalised words, keeping each sentence's original text. */
export function sentencesOf(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const token of tokens) {
    let current = sentences[token.sentence];
    if (!current) {
      current = { words: [], text: "" };
      sentences[token.sentence] = current;
    }
    current.words.push(token.norm);
  }
  // Original text per sentence, for quoting the user's own words back to them.
  const bounds = new Map<number, { start: number; end: number }>();
  for (const token of tokens) {
    const b = bounds.get(token.sentence);
    if (b) b.end = token.end;
    else bounds.set(token.sentence, { start: token.start, end: token.end });
  }
  for (const [index, b] of bounds) {
    const s = sentences[index];
    if (s) s.text = text.slice(b.start, b.end);
  }
  return sentences.filter(Boolean);
}

const triggerCount = (words: string[], phrases: string[]) => phrases.filter((p) => containsPhrase(words, p)).length;

const phraseCache = new Map<string, Phrase>();

export function containsPhrase(words: string[], phrase: string): boolean {
  let compiled = phraseCache.get(phrase);
  if (!compiled) {
    compiled = compilePhrase(phrase);
    phraseCache.set(phrase, compiled);
  }
  for (let at = 0; at < words.length; at += 1) if (phraseAt(words, at, compiled) > 0) return true;
  return false;
}

/** The catalogue topics a question is about, best first: a strong trigger or two triggers. */
export function topicsFor(questionWords: string[], topics: readonly Topic[] = TOPICS): Topic[] {
  return topics
    .map((topic) => {
      const strong = triggerCount(questionWords, topic.strongTriggers);
      const plain = triggerCount(questionWords, topic.triggers);
      return { topic, weight: strong * 2 + plain, matches: strong > 0 || plain >= 2 };
    })
    .filter((t) => t.matches)
    .sort((a, b) => b.weight - a.weight)
    .map((t) => t.topic);
}

export type CheckedClaim = { text: string; quote: string };
export type ContradictedClaim = { text: string; quote: string; correction: string };
export type ClaimCheck = {
  /** Topics whose facts were applied; empty when the question maps to none. */
  topics: { id: string; name: string }[];
  checked: CheckedClaim[];
  contradicted: ContradictedClaim[];
};

const quoteOf = (sentence: Sentence) =>
  sentence.text.length > 160 ? `${sentence.text.slice(0, 157)}…` : sentence.text;

function firstSentence(sentences: Sentence[], item: KeyFact | Misconception): Sentence | undefined {
  const patterns = "evidence" in item ? item.evidence : item.patterns;
  return sentences.find((s) => patterns.some((p) => matchPattern(s.words, p) !== null));
}

/** The answer's statements checked against the facts and misconceptions of the question's topics. */
export function checkClaims(topics: Topic[], sentences: Sentence[]): ClaimCheck {
  const checked: CheckedClaim[] = [];
  const contradicted: ContradictedClaim[] = [];
  // Only the two closest topics: a question about "indexes in a REST API" is not about REST.
  for (const topic of topics.slice(0, 2)) {
    for (const misconception of topic.misconceptions) {
      const sentence = firstSentence(sentences, misconception);
      if (sentence) {
        contradicted.push({
          text: misconception.claim,
          quote: quoteOf(sentence),
          correction: misconception.correction,
        });
      }
    }
    for (const fact of topic.facts) {
      const sentence = firstSentence(sentences, fact);
      if (sentence) checked.push({ text: fact.text, quote: quoteOf(sentence) });
    }
  }
  return { topics: topics.slice(0, 2).map(({ id, name }) => ({ id, name })), checked, contradicted };
}
