import type { AnswerMetrics, FollowUpTarget } from "@/lib/ai/schema";
import type { QuestionType } from "@/lib/questions/schema";

// The local follow-up engine: finds the gaps an interviewer would probe in an answer (or in a
// whole thread, the answer plus the follow-ups answered so far) from the evaluator's metrics,
// the question's talking points and a small catalogue of claims worth a "why". Every gap is
// checked against the text first, so nothing the answer already covered is asked again. The
// answer's words are only ever matched, never followed: an instruction inside it is just text.

export type FollowUpGap = {
  target: FollowUpTarget;
  /** The question the interviewer asks. */
  question: string;
  /** Why it is asked, in words the user reads beside it. */
  reason: string;
};

export type GapInput = {
  question: string;
  questionType?: QuestionType;
  talkingPoints?: string[];
  /** The answer, or the thread's answers joined, as the metrics were computed from. */
  answer: string;
  metrics: AnswerMetrics;
  /** Targets already probed in this thread: never asked twice. */
  asked?: readonly FollowUpTarget[];
};

type ClaimProbe = { pattern: RegExp; name: string; question: string };

// Choices a strong candidate can defend and a weak one has only named. Each question names the
// choice and the alternative an interviewer would hold it against.
const CLAIM_PROBES: readonly ClaimProbe[] = [
  { pattern: /\bb-?trees?\b/i, name: "a B-tree index", question: "Why a B-tree and not a hash index here?" },
  { pattern: /\bhash index(es)?\b/i, name: "a hash index", question: "Why a hash index and not a B-tree here?" },
  { pattern: /\b(redis|memcached)\b/i, name: "a cache", question: "Why a cache here, and how do you stop it serving stale data?" },
  { pattern: /\bkafka\b/i, name: "Kafka", question: "Why Kafka and not a simpler queue such as RabbitMQ or SQS?" },
  { pattern: /\bmicro-?services?\b/i, name: "microservices", question: "Why microservices and not a modular monolith here?" },
  { pattern: /\b(mongodb|mongo|nosql|dynamodb|cassandra)\b/i, name: "a NoSQL store", question: "Why a NoSQL store and not a relational database here?" },
  { pattern: /\bgraphql\b/i, name: "GraphQL", question: "Why GraphQL and not plain REST endpoints here?" },
  { pattern: /\b(kubernetes|k8s)\b/i, name: "Kubernetes", question: "Why Kubernetes and not a simpler managed platform here?" },
  { pattern: /\bshard(s|ing|ed)?\b/i, name: "sharding", question: "Why shard here, and on which key?" },
  { pattern: /\beventual(ly)? consisten(t|cy)\b/i, name: "eventual consistency", question: "Where is eventual consistency acceptable here, and where is it not?" },
  { pattern: /\bdenormali[sz](e|ed|ing|ation)\b/i, name: "denormalisation", question: "Why denormalise, and how do you keep the copies in step?" },
  { pattern: /\bwebsockets?\b/i, name: "WebSockets", question: "Why WebSockets and not server-sent events or polling?" },
  { pattern: /\bjwts?\b/i, name: "JWTs", question: "Why JWTs and not server-side sessions here, and how do you revoke one?" },
];

// A sentence that already gives a reason or weighs an alternative has answered the "why".
const REASONED = /\b(because|since|so that|rather than|instead of|trade-?offs?|compared (to|with)|than|which means|that way|otherwise|as it|as they)\b/i;
const EXAMPLE = /\b(for example|for instance|e\.g\.|such as when|in one case|once|one time|in my (last|previous|current) (job|role|team|project))\b/i;
// Outcome words the STAR patterns leave out because they need no number to tell how a story ended.
const OUTCOME = /\b(renewed|agreed|resolved|recovered|shipped|launched|delivered|finished|completed|succeeded|promoted|outcome|in the end|ended up)\b/i;
const STORY_QUESTION = /\b(tell me about|describe|give (me )?an example of|walk me through) (a|an|one) (time|situation|occasion|moment|project)\b/i;
const I_SUBJECT = /\b(i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|myself)\b/i;
const WE = /\b(we|we're|we’re|we've|we’ve|we'd|we’d|our team|the team)\b/gi;

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const quoteOf = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function claimGap(input: GapInput, sentences: string[]): FollowUpGap | null {
  // A claim the fact check contradicted is the most worth probing, whatever the question type.
  const wrong = input.metrics.claims?.contradicted[0];
  if (wrong) {
    return {
      target: "claim",
      question: `You said “${quoteOf(wrong.quote)}”. Can you walk me through why that holds?`,
      reason: `The claim “${quoteOf(wrong.quote)}” contradicts what is known about ${wrong.text.toLowerCase().replace(/\.$/, "")}.`,
    };
  }
  // An unexplained technology choice is a technical answer's gap, not a behavioural story's.
  if (input.questionType === "behavioral") return null;
  for (const probe of CLAIM_PROBES) {
    const at = sentences.findIndex((s) => probe.pattern.test(s));
    if (at < 0) continue;
    const explained = [sentences[at], sentences[at + 1]].some((s) => s !== undefined && REASONED.test(s));
    if (explained) continue;
    return {
      target: "claim",
      question: probe.question,
      reason: `The answer chose ${probe.name} (“${quoteOf(sentences[at] ?? "")}”) without saying why.`,
    };
  }
  return null;
}

function exampleGap(input: GapInput, text: string): FollowUpGap | null {
  const { metrics } = input;
  const hasStory = metrics.star.situation || (metrics.star.action && metrics.numbers.length > 0);
  if (hasStory || EXAMPLE.test(text)) return null;
  const missed = metrics.talkingPoints.missed[0];
  if (input.questionType === "behavioral") {
    return {
      target: "example",
      question: "Can you walk me through one specific time this happened: where you were, what you did and how it went?",
      reason: "The answer speaks in general terms; it tells no particular story.",
    };
  }
  return {
    target: "example",
    question: missed
      ? `Can you give a concrete example from your own work, for instance of ${missed.charAt(0).toLowerCase()}${missed.slice(1).replace(/[.?!]$/, "")}?`
      : "Can you give a concrete example from a project you worked on?",
    reason: "The answer explains in general terms but gives no concrete example.",
  };
}

function ownershipGap(text: string): FollowUpGap | null {
  const we = text.match(WE)?.length ?? 0;
  if (we === 0 || I_SUBJECT.test(text)) return null;
  return {
    target: "ownership",
    question: "You described what the team did. What was your own part?",
    reason: `The answer says “we” ${we === 1 ? "once" : `${we} times`} and never “I”, so your own contribution is unclear.`,
  };
}

function resultGap(input: GapInput): FollowUpGap | null {
  const { metrics } = input;
  if (input.questionType !== "behavioral") return null;
  if (metrics.star.result || metrics.concreteResults > 0 || metrics.numbers.length > 0 || OUTCOME.test(input.answer)) return null;
  return {
    target: "result",
    question: "What was the outcome, in numbers if you have them?",
    reason: "The story does not say how it ended or what changed.",
  };
}

/**
 * The open gaps of an answer, biggest first; empty when nothing needs probing. An empty answer
 * has no gaps: the user skipped it, and a follow-up on nothing helps no one.
 */
export function findGaps(given: GapInput): FollowUpGap[] {
  // A freely typed question has no stored type; "Tell me about a time…" asks for a story all the same.
  const input = { ...given, questionType: given.questionType ?? (STORY_QUESTION.test(given.question) ? "behavioral" : undefined) };
  const text = input.answer.trim();
  if (input.metrics.wordCount === 0 || text === "") return [];
  const asked = new Set(input.asked ?? []);
  const question = input.question.trim();
  if (input.metrics.relevance?.verdict === "off-topic") {
    // Nothing else is worth probing in an answer to another question.
    return asked.has("off-topic")
      ? []
      : [
          {
            target: "off-topic",
            question: `Let's come back to the question: ${question}`,
            reason: input.metrics.relevance.reason,
          },
        ];
  }
  const sentences = sentencesOf(text);
  const gaps = [claimGap(input, sentences), exampleGap(input, text), ownershipGap(text), resultGap(input)];
  const open = gaps.filter((gap): gap is FollowUpGap => gap !== null && !asked.has(gap.target));
  // In a behavioural story a missing example, owner or result matters more than a technical aside.
  return input.questionType === "behavioral" ? [...open.filter((g) => g.target !== "claim"), ...open.filter((g) => g.target === "claim")] : open;
}

/** The follow-up the local engine asks: the biggest open gap, or null. */
export function localFollowUp(input: GapInput): FollowUpGap | null {
  return findGaps(input)[0] ?? null;
}
