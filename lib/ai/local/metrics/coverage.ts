import type { AnswerMetrics } from "@/lib/ai/schema";
import type { EvaluationInput } from "@/lib/ai/types";
import { STOP_WORDS, stem } from "@/lib/ai/local/words";
import { normalize, TOKEN, type Token } from "@/lib/ai/local/metrics/tokens";

// Which of the question's talking points the answer covers, compared through the shared stemmer.

// Long stems sharing this many leading letters are one word ("idempotent"/"idempotency").
const PREFIX = 7;

// Bank talking points for behavioral questions are abstract ("communication with
// stakeholders", "measurable impact"); answers tell the story in concrete words. A point word
// also matches these answer words, and "#…" stands for a finding of the metrics themselves.
const RELATED: [string, string][] = [
  ["situation context background", "#situation"],
  ["result outcome impact", "#result"],
  ["measurable measured metric metrics quantified", "#number"],
  ["communication communicated communicate", "update inform told explained presented emailed message call briefed"],
  ["stakeholder stakeholders", "manager director leadership head client customer executive owner"],
  ["apologized apology", "apology sorry apologized"],
  ["learned lesson", "learned lesson"],
  ["alternative", "instead option offered"],
];
const RELATED_BY_STEM = new Map<string, string[]>();
for (const [keys, related] of RELATED) {
  const targets = related.split(" ").map((w) => (w.startsWith("#") ? w : stem(w)));
  for (const key of keys.split(" ")) RELATED_BY_STEM.set(stem(key), targets);
}

/** Significant word stems of a text, each a group of alternatives ("rollback or failover"). */
function wordGroups(text: string): string[][] {
  const groups: string[][] = [];
  let alternative = false;
  for (const match of text.matchAll(TOKEN)) {
    for (const part of normalize(match[0]).split("-")) {
      if (part === "or") alternative = groups.length > 0;
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      const last = groups[groups.length - 1];
      if (alternative && last) last.push(stem(part));
      else groups.push([stem(part)]);
      alternative = false;
    }
  }
  return groups;
}

type Vocabulary = { has: (stemmed: string) => boolean };

function answerVocabulary(tokens: Token[], findings: string[]): Vocabulary {
  const stems = new Set<string>(findings);
  for (const token of tokens) {
    stems.add(stem(token.norm));
    if (/[-/.]/.test(token.norm)) for (const part of token.norm.split(/[-/.]/)) if (part) stems.add(stem(part));
  }
  const prefixes = new Set<string>();
  for (const s of stems) if (s.length >= PREFIX) prefixes.add(s.slice(0, PREFIX));
  const direct = (w: string) => stems.has(w) || (w.length >= PREFIX && prefixes.has(w.slice(0, PREFIX)));
  return { has: (w) => direct(w) || (RELATED_BY_STEM.get(w) ?? []).some((related) => stems.has(related)) };
}

export function coverTalkingPoints(
  input: EvaluationInput,
  tokens: Token[],
  findings: string[],
): AnswerMetrics["talkingPoints"] {
  const points = (input.talkingPoints ?? []).filter((point) => point.trim() !== "");
  if (points.length === 0) return { covered: [], missed: [], coverage: null };
  const vocabulary = answerVocabulary(tokens, findings);
  // Repeating the question's own words ("cache" for a caching question) proves nothing.
  const echoes = new Set(wordGroups(input.question).flat());
  const covered: string[] = [];
  const missed: string[] = [];
  for (const point of points) {
    const all = wordGroups(point);
    const telling = all.filter((group) => !group.every((w) => echoes.has(w)));
    const groups = telling.length > 0 ? telling : all;
    const found = groups.filter((group) => group.some((w) => vocabulary.has(w))).length;
    const needed = Math.max(1, Math.ceil(groups.length / 2));
    (groups.length > 0 && found >= needed ? covered : missed).push(point);
  }
  return { covered, missed, coverage: covered.length / points.length };
}
