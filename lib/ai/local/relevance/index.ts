import type { QuestionType } from "@/lib/questions/schema";
import type { Token } from "@/lib/ai/local/metrics/tokens";
import { stem } from "@/lib/ai/local/words";
import { containsPhrase, topicsFor } from "@/lib/ai/local/facts/match";
import type { Topic } from "@/lib/ai/local/facts/types";
import { THEMES, type Theme } from "@/lib/ai/local/relevance/themes";
import {
  contentStems,
  idf,
  nearestBankQuestion,
  profileOf,
  sameBankQuestion,
  wordsOf,
} from "@/lib/ai/local/relevance/corpus";

// Does the answer address the question? Four signals, each checkable: the question's own telling
// words in the answer (weighted by rarity), the vocabulary of the nearest bank question's talking
// points and model answer, the theme a behavioural question probes (with its paraphrases), and
// the technical topic's own terms. See docs/decisions/021-honest-evaluation.md for the measurements.

export type RelevanceVerdict = "on-topic" | "partly" | "off-topic";
export type Relevance = { score: number; verdict: RelevanceVerdict; reason: string };

export type RelevanceInput = {
  question: string;
  type: QuestionType;
  talkingPoints: string[];
  tokens: Token[];
};

// Long stems sharing this many leading letters are one word ("idempotent"/"idempotency").
const PREFIX = 7;
const ON_TOPIC = 0.45;
const PARTLY = 0.25;

type Vocabulary = { has: (s: string) => boolean; words: string[] };

function vocabularyOf(tokens: Token[]): Vocabulary {
  const stems = new Set<string>();
  for (const token of tokens) {
    stems.add(stem(token.norm));
    if (/[-/.]/.test(token.norm)) for (const part of token.norm.split(/[-/.]/)) if (part) stems.add(stem(part));
  }
  const prefixes = new Set<string>();
  for (const s of stems) if (s.length >= PREFIX) prefixes.add(s.slice(0, PREFIX));
  return {
    has: (s) => stems.has(s) || (s.length >= PREFIX && prefixes.has(s.slice(0, PREFIX))),
    words: tokens.map((t) => t.norm),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Share of the weights whose stem the answer uses. */
function weightedCover(items: { stem: string; weight: number }[], vocabulary: Vocabulary): number | null {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return null;
  return items.filter((item) => vocabulary.has(item.stem)).reduce((sum, item) => sum + item.weight, 0) / total;
}

const unique = <T>(items: T[]) => [...new Set(items)];

function themeHits(theme: Theme, words: string[]): string[] {
  return theme.told.filter((phrase) => containsPhrase(words, phrase));
}

/** How strongly the answer speaks about a theme: three distinct phrases are plenty. */
const themeStrength = (hits: string[]) => Math.min(1, hits.length / 3);

function topicStrength(topic: Topic, words: string[]): number {
  const found = [...topic.strongTriggers, ...topic.triggers].filter((t) => containsPhrase(words, t)).length;
  return Math.min(1, found / 2);
}

function describeAsked(questionThemes: Theme[], topics: Topic[], telling: string[]): string {
  if (questionThemes[0]) return questionThemes[0].label;
  if (topics[0]) return topics[0].name;
  return telling.length > 0 ? telling.map((w) => `"${w}"`).join(", ") : "something else";
}

/** What the answer is mostly about, for "Your answer is about …". */
function describeAbout(words: string[], asked: Set<string>, topics: Topic[], answerTokens: Token[]): string | null {
  const themes = THEMES.filter((t) => !asked.has(t.id))
    .map((theme) => ({ theme, hits: themeHits(theme, words) }))
    .filter((t) => t.hits.length >= 3)
    .sort((a, b) => b.hits.length - a.hits.length);
  if (themes[0]) return themes[0].theme.label;
  const answerTopics = topicsFor(words).filter((t) => !topics.some((q) => q.id === t.id));
  if (answerTopics[0]) return answerTopics[0].name;
  const neighbour = nearestBankQuestion(answerTokens.map((t) => t.text).join(" "));
  if (neighbour && neighbour.similarity > 0.2) return `what another question asks ("${neighbour.entry.text}")`;
  return null;
}

export function assessRelevance(input: RelevanceInput): Relevance {
  const vocabulary = vocabularyOf(input.tokens);
  const words = vocabulary.words;
  const questionWords = contentStems(input.question);
  const rawQuestion = wordsOf(input.question);

  // The question's own telling words, rarest first.
  const asked = unique(questionWords).map((s) => ({ stem: s, weight: idf(s) }));
  const lexical = weightedCover(asked, vocabulary);

  const same = sameBankQuestion(input.question);
  const profile = [
    ...(same ? profileOf(same) : []),
    ...unique(input.talkingPoints.flatMap(contentStems)).map((s) => ({ stem: s, weight: idf(s) })),
  ];
  // An on-topic answer uses about a third of the profile's weight; more is no more relevant.
  const profileCover = weightedCover(profile, vocabulary);
  const profileScore = profileCover === null ? null : Math.min(1, profileCover / 0.35);

  const questionThemes = THEMES.filter((theme) => theme.asked.some((p) => containsPhrase(rawQuestion, p)));
  const themeScore =
    questionThemes.length > 0 ? Math.max(...questionThemes.map((t) => themeStrength(themeHits(t, words)))) : null;

  const topics = topicsFor(rawQuestion);
  const topicScore = topics.length > 0 ? Math.max(...topics.slice(0, 2).map((t) => topicStrength(t, words))) : null;

  const parts: [number | null, number][] =
    input.type === "behavioral"
      ? [
          [themeScore, 0.5],
          [lexical === null ? null : Math.min(1, lexical / 0.6), 0.25],
          [profileScore, 0.25],
        ]
      : [
          [lexical === null ? null : Math.min(1, lexical / 0.6), 0.4],
          [profileScore, 0.35],
          [topicScore, 0.25],
        ];
  let weighted = 0;
  let total = 0;
  for (const [value, weight] of parts) {
    if (value === null) continue;
    weighted += value * weight;
    total += weight;
  }
  // A question with nothing telling in it ("Tell me about yourself") cannot be missed.
  const score = total === 0 ? 1 : round2(weighted / total);
  const verdict: RelevanceVerdict = score >= ON_TOPIC ? "on-topic" : score >= PARTLY ? "partly" : "off-topic";

  const telling = [...asked].sort((a, b) => b.weight - a.weight).slice(0, 3);
  const tellingWords = telling.map((t) => rawQuestion.find((w) => stem(w) === t.stem) ?? t.stem);
  const askedLabel = describeAsked(questionThemes, topics, tellingWords);
  if (verdict === "off-topic") {
    const about = describeAbout(words, new Set(questionThemes.map((t) => t.id)), topics, input.tokens);
    return {
      score,
      verdict,
      reason: about
        ? `Your answer is about ${about}. The question asks about ${askedLabel}.`
        : `Your answer does not address the question, which asks about ${askedLabel}.`,
    };
  }
  if (verdict === "partly") {
    const missing = tellingWords.filter((_, i) => !vocabulary.has(telling[i]?.stem ?? ""));
    return {
      score,
      verdict,
      reason:
        missing.length > 0
          ? `Your answer only partly addresses the question: it never gets to ${missing.map((w) => `"${w}"`).join(" or ")}.`
          : `Your answer only partly addresses the question, which asks about ${askedLabel}.`,
    };
  }
  return { score, verdict, reason: `Your answer addresses the question, which asks about ${askedLabel}.` };
}
