import type { AnswerMetrics, Claims } from "@/lib/ai/schema";
import type { EvaluationInput } from "@/lib/ai/types";
import type { QuestionType } from "@/lib/questions/schema";
import type { Analysis } from "@/lib/ai/local/metrics";
import { assessRelevance } from "@/lib/ai/local/relevance";
import { sameBankQuestion, wordsOf } from "@/lib/ai/local/relevance/corpus";
import { checkClaims, containsPhrase, sentencesOf, topicsFor } from "@/lib/ai/local/facts/match";
import { SCALING_TOPIC } from "@/lib/ai/local/facts/catalogue";

// The three honesty checks the score answers to: is the answer about the question, does it hang
// together, and is it true. Each comes with the words that justify it, and each caps the score,
// so no amount of polish buys back an answer to another question.

// Words of software systems; "grow the team" or "organic traffic" are not among them.
const SYSTEM_WORDS = [
  "service",
  "api",
  "database",
  "server",
  "servers",
  "backend",
  "requests",
  "latency",
  "storage",
  "cache",
  "caching",
  "load balancer",
  "replica",
  "throughput",
];

export type Checks = Required<Pick<AnswerMetrics, "relevance" | "coherence" | "claims">>;

function claimsOf(input: EvaluationInput, type: QuestionType, analysis: Analysis): Claims {
  // A freely typed question borrows the topics of the bank question it matches.
  const same = sameBankQuestion(input.question);
  const questionText = [
    input.question,
    same ? `${same.text} ${same.tags.join(" ")}` : "",
    ...(input.talkingPoints ?? []),
  ].join(" ");
  const words = wordsOf(questionText);
  const topics = type === "behavioral" ? [] : topicsFor(words);
  // Designing software means talking about scaling, caching and replication, whatever it designs;
  // designing a hiring process does not.
  if (
    type === "system_design" &&
    !topics.includes(SCALING_TOPIC) &&
    SYSTEM_WORDS.some((w) => containsPhrase(words, w))
  ) {
    topics.splice(1, topics.length, SCALING_TOPIC);
  }
  if (topics.length === 0) return { status: "not-checked", topics: [], checked: [], contradicted: [] };
  const result = checkClaims(topics, sentencesOf(input.answer, analysis.tokens));
  return {
    status: "checked",
    topics: result.topics.map((t) => t.name),
    checked: result.checked,
    contradicted: result.contradicted,
  };
}

export function runChecks(input: EvaluationInput, type: QuestionType, analysis: Analysis): Checks {
  const relevance = assessRelevance({
    question: input.question,
    type,
    talkingPoints: input.talkingPoints ?? [],
    tokens: analysis.tokens,
  });
  return {
    relevance,
    coherence: { score: analysis.coherence.score, issue: analysis.coherence.issue },
    claims: claimsOf(input, type, analysis),
  };
}

/** The highest score the checks allow, with the reason, or null when they allow any. */
export function scoreCap(checks: Checks): number {
  const caps = [10];
  const { relevance, coherence, claims } = checks;
  // Off-topic answers score at most 3, less the further they stray.
  if (relevance.verdict === "off-topic") caps.push(1 + 2 * Math.min(1, relevance.score / 0.25));
  // Partly relevant answers rise from 3 to 7 across the band.
  else if (relevance.verdict === "partly") caps.push(3 + 4 * Math.min(1, (relevance.score - 0.25) / 0.2));
  if (coherence.score < 0.6) caps.push(1 + 6 * (coherence.score / 0.6));
  const wrong = claims.contradicted.length;
  if (wrong >= 2) caps.push(3);
  else if (wrong === 1) caps.push(4);
  return Math.min(...caps);
}
