import type { AnswerMetrics } from "@/lib/ai/schema";
import type { EvaluationInput } from "@/lib/ai/types";
import { assessCoherence, type Coherence } from "@/lib/ai/local/coherence";
import { tokenize, type Token } from "@/lib/ai/local/metrics/tokens";
import { countLexicon } from "@/lib/ai/local/metrics/lexicon";
import {
  ACTION,
  findAll,
  NUMERIC_RESULT_WORDS,
  RESULT_PHRASES,
  RESULT_WORDS,
  SITUATION,
  TASK,
  TEAM_ACTION,
  type Hit,
} from "@/lib/ai/local/metrics/story";
import { findNumbers, MAX_NUMBERS, NUMBER_WORDS, sentenceAt } from "@/lib/ai/local/metrics/numbers";
import { coverTalkingPoints } from "@/lib/ai/local/metrics/coverage";

// The answer metrics, assembled from the tokens, the filler and hedge lexicon, the STAR patterns,
// the numbers and the talking-point coverage. Every step is one linear pass over the tokens.

export type Analysis = {
  metrics: AnswerMetrics;
  tokens: Token[];
  coherence: Coherence;
  /** Numbers that stand in real statements; a bare "40%, 3x" in a label line is attached to nothing. */
  attachedNumbers: number;
  /** The answer says what "we" did; lets the evaluator ask for the candidate's own part. */
  teamAction: boolean;
};

export function computeMetrics(input: EvaluationInput): AnswerMetrics {
  return analyzeAnswer(input).metrics;
}

/** The metrics plus the tokens they came from, so the evaluator does not tokenise twice. */
export function analyzeAnswer(input: EvaluationInput): Analysis {
  const text = input.answer;
  const { tokens, sentenceCount } = tokenize(text);
  const wordCount = tokens.length;
  const seconds = input.durationSeconds;
  const duration = typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;

  const { filler: fillers, hedge: hedges } = countLexicon(tokens);
  const fillerCount = fillers.reduce((sum, f) => sum + f.count, 0);
  const hedgeCount = hedges.reduce((sum, h) => sum + h.count, 0);

  const phrase = (hit: Hit) => text.slice(tokens[hit.start]?.start ?? 0, tokens[hit.end - 1]?.end ?? 0);
  // A STAR label followed by a word or two, or a bare list, shows no part of a story.
  const coherence = assessCoherence(tokens);
  const inStatement = (hit: { sentence: number }) => !coherence.emptySentences.has(hit.sentence);
  const evidence: Record<string, string> = {};
  for (const [part, patterns] of [
    ["situation", SITUATION],
    ["task", TASK],
    ["action", ACTION],
  ] as const) {
    const hit = findAll(tokens, patterns).find(inStatement);
    if (hit) evidence[part] = phrase(hit);
  }

  const mentions = findNumbers(text);
  const attached = mentions.filter((m) => inStatement({ sentence: sentenceAt(tokens, m.index) }));
  const withNumber = new Set(attached.map((m) => sentenceAt(tokens, m.index)));
  for (const token of tokens) if (NUMBER_WORDS.has(token.norm)) withNumber.add(token.sentence);
  const measured = (hit: Hit) => withNumber.has(hit.sentence);
  const clear = findAll(tokens, RESULT_PHRASES).filter(inStatement);
  const outcomes = findAll(tokens, RESULT_WORDS).filter(inStatement);
  const numeric = findAll(tokens, NUMERIC_RESULT_WORDS).filter(measured).filter(inStatement);
  const concrete = [...clear, ...outcomes.filter(measured), ...numeric].sort((a, b) => a.start - b.start);
  // The most convincing evidence first: a stated or measured outcome, then any outcome word.
  const resultHit = concrete[0] ?? outcomes[0];
  const result = resultHit ? phrase(resultHit) : attached.find((m) => m.rate)?.text;
  if (result) evidence.result = result;

  const star = {
    situation: "situation" in evidence,
    task: "task" in evidence,
    action: "action" in evidence,
    result: "result" in evidence,
    evidence,
  };
  const findings = [
    ...(star.situation ? ["#situation"] : []),
    // A vague "it worked out in the end" does not cover "measurable impact".
    ...(concrete.length > 0 ? ["#result"] : []),
    ...(attached.length > 0 ? ["#number"] : []),
  ];

  const metrics: AnswerMetrics = {
    wordCount,
    sentenceCount,
    durationSeconds: duration,
    wordsPerMinute: duration !== null && duration > 0 ? Math.round((wordCount * 60) / duration) : null,
    fillers,
    fillerCount,
    fillerRate: wordCount === 0 ? 0 : Math.round((fillerCount * 1000) / wordCount) / 10,
    hedges,
    hedgeCount,
    star,
    numbers: [...new Set(mentions.map((m) => m.text))].slice(0, MAX_NUMBERS),
    concreteResults: new Set(concrete.map((hit) => hit.sentence)).size,
    talkingPoints: coverTalkingPoints(input, tokens, findings),
  };
  return {
    metrics,
    tokens,
    coherence,
    attachedNumbers: new Set(attached.map((m) => m.text)).size,
    teamAction: findAll(tokens, TEAM_ACTION).some(inStatement),
  };
}
