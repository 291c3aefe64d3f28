import type { AnswerMetrics, Evaluation } from "@/lib/ai/schema";
import type { EvaluationInput } from "@/lib/ai/types";
import type { QuestionType } from "@/lib/questions/schema";
import { analyzeAnswer } from "@/lib/ai/local/metrics";
import { tokenize, type Token } from "@/lib/ai/local/metrics/tokens";
import { stem } from "@/lib/ai/local/words";
import { runChecks, scoreCap, type Checks } from "@/lib/ai/local/checks";

// Scores an answer from the explainable metrics alone and words each piece of feedback around
// something the user can check in their own text. Weights were tuned on the hand-graded
// answers in tests/fixtures/graded-answers.ts.

/** Clamps to the 1..10 scale with one decimal place. */
export function roundScore(n: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.round(Math.min(10, Math.max(1, n)) * 10) / 10;
}

// Free-form questions arrive without a type; their wording gives it away.
function questionTypeOf(input: EvaluationInput): QuestionType {
  if (input.questionType) return input.questionType;
  const q = input.question.toLowerCase();
  if (/\b(tell me about|describe a time|give an example of a time|a time when|a time you)\b/.test(q)) {
    return "behavioral";
  }
  return /^\s*(design|architect|how would you (design|architect))\b/.test(q) ? "system_design" : "technical";
}

// Word counts that read as one to three minutes spoken.
const LENGTH: Record<QuestionType, { low: number; high: number }> = {
  behavioral: { low: 150, high: 400 },
  technical: { low: 90, high: 320 },
  system_design: { low: 150, high: 450 },
};
const RAMBLING = 1000;

type Component = "coverage" | "star" | "results" | "depth" | "structure" | "length";
// Talking points weigh most when the question has them (a missing component's weight is
// spread over the others); STAR counts for stories, depth and structure for explanations.
const WEIGHTS: Record<QuestionType, Record<Component, number>> = {
  behavioral: { coverage: 0.3, star: 0.25, results: 0.2, depth: 0.1, structure: 0, length: 0.15 },
  technical: { coverage: 0.4, star: 0, results: 0.05, depth: 0.25, structure: 0.1, length: 0.2 },
  system_design: { coverage: 0.35, star: 0, results: 0.05, depth: 0.25, structure: 0.15, length: 0.2 },
};
// "How do you handle …?" asks for an approach: an example helps, but a full STAR story isn't owed.
const APPROACH_WEIGHTS: Record<Component, number> = {
  coverage: 0.3,
  star: 0.05,
  results: 0.1,
  depth: 0.2,
  structure: 0.15,
  length: 0.2,
};

const wordSet = (list: string) => new Set(list.split(" "));
const SIGNPOSTS = wordSet(
  "first second third then next finally because therefore however otherwise instead trade-off tradeoff trade-offs " +
    "depends example instance rather",
);
const NOT_TERMS = wordSet("I I'm I'd I've I'll OK Ok");
const VAGUE_LONG_WORDS = wordSet(
  "basically actually literally probably hopefully something whatever everything anything definitely obviously although",
);
const STAR_PARTS = ["situation", "task", "action", "result"] as const;

/** Acronyms, camelCase, "Node.js", "p99", "cache-aside", proper nouns: words that name something. */
function specificTerms(tokens: Token[], asked: Set<string>): string[] {
  const terms = new Map<string, string>();
  tokens.forEach((token, i) => {
    const t = token.text;
    const midSentence = tokens[i - 1]?.sentence === token.sentence;
    const specific =
      /[A-Z].*[A-Z]/.test(t) ||
      /[a-z][A-Z]/.test(t) ||
      /[./+#]/.test(t) ||
      (/\p{L}/u.test(t) && /\d/.test(t)) ||
      /\p{L}-\p{L}/u.test(t) ||
      (midSentence && /^[A-Z][a-z]/.test(t));
    // Plain figures are counted as numbers, not terms.
    const numeric = /^\d[\d.,:]*[a-z]?$/i.test(t);
    if (specific && !numeric && !NOT_TERMS.has(t) && !asked.has(token.norm) && !terms.has(token.norm)) {
      terms.set(token.norm, t);
    }
  });
  return [...terms.values()];
}

/** Distinct long words: a rough measure of how much substance the answer carries. */
function richVocabulary(tokens: Token[], asked: Set<string>): number {
  const seen = new Set<string>();
  for (const { norm } of tokens) {
    if (norm.length >= 8 && /^\p{L}+$/u.test(norm) && !asked.has(norm) && !VAGUE_LONG_WORDS.has(norm)) {
      seen.add(stem(norm));
    }
  }
  return seen.size;
}

function lengthScore(words: number, type: QuestionType): number {
  const { low, high } = LENGTH[type];
  if (words < low) return words / low;
  if (words <= high) return 1;
  // Rambling loses a little, never much: it is the easiest flaw to fix.
  return Math.max(0.7, 1 - (0.2 * (words - high)) / (RAMBLING - high));
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const quote = (items: string[], max: number) => {
  const shown = items.slice(0, max).map((item) => `"${item}"`);
  return list(items.length > max ? [...shown, `${items.length - max} more`] : shown);
};

const counted = (terms: AnswerMetrics["fillers"], max: number) => {
  const shown = terms.slice(0, max).map((t) => `"${t.term}" ×${t.count}`);
  return list(terms.length > max ? [...shown, `${terms.length - max} more`] : shown);
};

// Amounts and rates say more than a clock time or a count, so they are quoted first.
const isRate = (n: string) => /[%$€£¥]|\dx$/.test(n);
const byWeight = (numbers: string[]) => [...numbers].sort((a, b) => Number(isRate(b)) - Number(isRate(a)));

/** What the scoring and the feedback both look at, computed once. */
type Facts = {
  m: AnswerMetrics;
  checks: Checks;
  /** The checks leave the answer's content standing: on topic, coherent and not wrong. */
  contentCounts: boolean;
  type: QuestionType;
  /** A behavioural question asking how the candidate usually works, not for one story. */
  asksForApproach: boolean;
  words: number;
  terms: string[];
  signposts: string[];
  found: (typeof STAR_PARTS)[number][];
  missing: (typeof STAR_PARTS)[number][];
  teamAction: boolean;
  hedgeRate: number;
  components: Record<Component, number | null>;
};

function factsOf(input: EvaluationInput): Facts {
  const analysis = analyzeAnswer(input);
  const { tokens, teamAction, attachedNumbers } = analysis;
  const type = questionTypeOf(input);
  const checks = runChecks(input, type, analysis);
  const m: AnswerMetrics = { ...analysis.metrics, ...checks };
  const asked = new Set(tokenize(input.question).tokens.map((token) => token.norm));
  const terms = specificTerms(tokens, asked);
  const signposts = [...new Set(tokens.filter((t) => SIGNPOSTS.has(t.norm)).map((t) => t.norm))];
  const found = STAR_PARTS.filter((part) => m.star[part]);
  const components: Record<Component, number | null> = {
    coverage: m.talkingPoints.coverage,
    // Telling what "we" did still shows action, just not the candidate's own.
    star: (found.length + (!m.star.action && teamAction ? 0.5 : 0)) / 4,
    results: Math.min(1, 0.4 * Math.min(m.concreteResults, 2) + 0.1 * Math.min(attachedNumbers, 4)),
    depth: Math.min(1, (terms.length + Math.min(attachedNumbers, 3) + richVocabulary(tokens, asked) / 4) / 10),
    structure: Math.min(1, signposts.length / 4),
    length: lengthScore(m.wordCount, type),
  };
  return {
    m,
    checks,
    contentCounts:
      checks.relevance.verdict !== "off-topic" &&
      checks.coherence.score >= 0.6 &&
      checks.claims.contradicted.length === 0,
    type,
    asksForApproach: type === "behavioral" && asksForApproach(input.question),
    words: m.wordCount,
    terms,
    signposts,
    found,
    missing: STAR_PARTS.filter((part) => !m.star[part]),
    teamAction,
    hedgeRate: m.wordCount === 0 ? 0 : (m.hedgeCount * 100) / m.wordCount,
    components,
  };
}

const STORY_PROMPT =
  /\b(tell me about a time|describe a (time|situation)|give (me )?an example|share an example|a time when|walk me through a)\b/i;
const APPROACH_PROMPT =
  /^\s*(how do you|how would you|what do you do when|what is your approach|what's your approach|how do you usually)\b/i;

function asksForApproach(question: string): boolean {
  return APPROACH_PROMPT.test(question) && !STORY_PROMPT.test(question);
}

function scoreOf(f: Facts): number {
  let weighted = 0;
  let total = 0;
  const weights = f.asksForApproach ? APPROACH_WEIGHTS : WEIGHTS[f.type];
  for (const [name, weight] of Object.entries(weights) as [Component, number][]) {
    const value = f.components[name];
    if (value === null) continue;
    weighted += weight * value;
    total += weight;
  }
  const quality = total > 0 ? weighted / total : 0;
  // A few fillers and hedges are normal speech; beyond that they take a share of the content
  // score, so heavy hesitation costs a strong answer more than a thin one.
  const fillerShare = Math.min(0.2, Math.max(0, f.m.fillerRate - 1) * 0.03);
  const hedgeShare = Math.min(0.15, Math.max(0, f.hedgeRate - 1.5) * 0.025);
  // Concave, so a sound but thin answer lands mid-scale rather than near the bottom.
  const surface = 1 + 9 * quality ** 0.6 * (1 - fillerShare - hedgeShare);
  return roundScore(Math.min(surface, scoreCap(f.checks)));
}

type Item = { weight: number; text: string };

/** Feedback items ranked by weight, so each list leads with what matters most. */
class Notes {
  readonly strengths: Item[] = [];
  readonly improvements: Item[] = [];
  readonly suggestions: Item[] = [];

  /** When the answer misses the question, rambles without substance or is wrong, its form earns no praise. */
  constructor(private readonly contentCounts: boolean) {}

  strength(weight: number, text: string) {
    this.strengths.push({ weight, text });
  }

  contentStrength(weight: number, text: string) {
    if (this.contentCounts) this.strength(weight, text);
  }

  /** A problem, and the advice that fixes it when there is one. */
  fix(weight: number, problem: string, advice?: string) {
    this.improvements.push({ weight, text: problem });
    if (advice) this.suggestions.push({ weight, text: advice });
  }
}

const strongest = (items: Item[], max: number) =>
  [...items]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .map((item) => item.text);

// Weights above every other note: these decide whether anything else about the answer matters.
function noteChecks({ checks, type }: Facts, question: string, notes: Notes) {
  const { relevance, coherence, claims } = checks;
  if (relevance.verdict === "off-topic") {
    notes.fix(
      30,
      `The answer doesn't answer the question asked. ${relevance.reason}`,
      `Answer the question asked: "${question.trim()}" Start with one sentence that answers it directly.`,
    );
  } else if (relevance.verdict === "partly") {
    notes.fix(14, relevance.reason, "Tie every part of the answer back to what the question asks; cut what doesn't.");
  }
  for (const [i, claim] of claims.contradicted.entries()) {
    notes.fix(
      25 - i,
      `${claim.correction}; you said the opposite ("${claim.quote}").`,
      i === 0
        ? `Check the facts on ${claims.topics[0] ?? "this topic"} before you rely on them in an interview.`
        : undefined,
    );
  }
  if (coherence.issue) {
    notes.fix(
      20,
      coherence.issue,
      type === "behavioral"
        ? "Tell one real story in full sentences: what happened, what you did and why, and what changed."
        : "Explain in full sentences how it works and why, using each term for something it does.",
    );
  }
  if (claims.checked.length >= 2 && claims.contradicted.length === 0 && relevance.verdict === "on-topic") {
    notes.strength(
      6,
      `Your facts hold up: ${quote(
        claims.checked.map((c) => c.text),
        2,
      )}.`,
    );
  }
}

function noteCoverage({ m }: Facts, notes: Notes) {
  const { covered, missed, coverage } = m.talkingPoints;
  if (coverage === null) return;
  const count = covered.length + missed.length;
  if (coverage >= 0.5)
    notes.contentStrength(10 * coverage, `You covered ${covered.length} of ${count} key points: ${quote(covered, 3)}.`);
  else if (covered.length > 0) notes.contentStrength(1, `You touched on ${quote(covered, 2)}.`);
  if (missed.length > 0) {
    notes.fix(
      10 * (1 - coverage),
      `You missed ${missed.length} of ${count} key points: ${quote(missed, 3)}.`,
      `Add a sentence or two on ${quote(missed, 2)}.`,
    );
  }
}

function noteLength({ type, words }: Facts, notes: Notes) {
  const { low, high } = LENGTH[type];
  if (words < low * 0.5) {
    notes.fix(
      9,
      `At ${words} words the answer is too short to show your thinking; aim for ${low}–${high} words.`,
      type === "behavioral"
        ? "Expand with one real example: what happened, what you did, and what changed."
        : "Expand each claim with how it works and why you would choose it over the alternative.",
    );
  } else if (words > RAMBLING) {
    notes.fix(
      5,
      `At ${words} words the answer rambles; interviewers lose the thread after about ${high}.`,
      "Lead with a one-sentence answer, then give at most three supporting points.",
    );
  } else if (words >= low && words <= high) {
    notes.contentStrength(3, `Good length: ${words} words gives enough detail without rambling.`);
  }
}

function noteStory({ m, type, found, missing, teamAction, asksForApproach }: Facts, notes: Notes) {
  if (type !== "behavioral") return;
  if (asksForApproach) {
    if (found.length >= 3) notes.contentStrength(5, `You back your approach with an example: ${list(found)}.`);
    else
      notes.fix(
        3,
        "The approach is described in general terms, without an example from your own work.",
        "Add one short example: a time you did this, what you did and how it turned out.",
      );
    return;
  }
  const shown = found.map((part) => `${part} ("${m.star.evidence[part]}")`);
  if (found.length === 4) notes.contentStrength(8, `Complete STAR story: ${list(shown)}.`);
  else if (found.length >= 2) notes.contentStrength(5, `Your story has a clear ${list(shown)}.`);
  const advice =
    missing.length === 1 && missing[0] === "result"
      ? "End with the result: what changed, by how much, and what you learned."
      : "Restructure as Situation → Task → Action → Result, one or two sentences each.";
  if (missing.length === 4) {
    notes.fix(9, "The answer tells no story: no situation, task, action or result can be found.", advice);
  } else if (missing.length > 0) {
    notes.fix(
      2 * missing.length + (m.star.result ? 0 : 2),
      `The story has no clear ${list(missing)}; interviewers listen for all four STAR parts.`,
      advice,
    );
  }
  if (!m.star.action && teamAction) {
    notes.fix(
      6,
      'You describe what "we" did; the interviewer needs your own part.',
      'Say "I" for your own actions ("I built…", "I decided…") and "we" only for the team.',
    );
  }
  if (m.concreteResults === 0) {
    notes.fix(
      7,
      "No measurable result: the answer never says what changed or by how much.",
      "Add a measurable result: what changed, by how much, and over what time?",
    );
  }
}

function noteSubstance({ m, type, terms, signposts, components }: Facts, notes: Notes) {
  const numbers = byWeight(m.numbers);
  if (m.concreteResults > 0 && numbers.length > 0) {
    notes.contentStrength(7, `You backed the outcome with numbers (${quote(numbers, 3)}), which makes it credible.`);
  } else if (numbers.length >= 2) {
    notes.contentStrength(4, `You used concrete figures (${quote(numbers, 3)}).`);
  }
  if (type === "behavioral") return;
  if (terms.length >= 5) notes.contentStrength(6, `Specific terminology: ${quote(terms, 4)}.`);
  if (signposts.length >= 3) notes.contentStrength(4, `You signposted your reasoning (${quote(signposts, 3)}).`);
  if ((components.depth ?? 0) < 0.3) {
    notes.fix(
      5,
      "The answer stays general: it names few mechanisms, tools or concrete details.",
      "Name the concrete mechanisms and tools you would use, and say why you would pick them.",
    );
  }
  if (type === "system_design" && m.numbers.length === 0) {
    notes.fix(
      4,
      "No numbers: the design is never sized to a scale (users, requests per second, data).",
      "State rough numbers up front, such as requests per second or data size, and size the design to them.",
    );
  }
}

function noteDelivery({ m, words, hedgeRate }: Facts, notes: Notes) {
  if (m.fillerCount >= 3 && m.fillerRate >= 2) {
    notes.fix(
      4 + m.fillerRate / 2,
      `${m.fillerCount} filler words (${m.fillerRate} per 100 words): ${counted(m.fillers, 3)}.`,
      `Pause silently instead of saying "${m.fillers[0]?.term ?? "um"}"; record another try and count them.`,
    );
  } else if (m.fillerRate < 1 && words >= 60) {
    const how =
      m.fillerCount === 0 ? "no filler words" : `only ${m.fillerCount} filler word${m.fillerCount === 1 ? "" : "s"}`;
    notes.strength(2, `Fluent delivery: ${how} in ${words} words.`);
  }
  if (m.hedgeCount >= 3 && hedgeRate >= 2) {
    notes.fix(
      4 + hedgeRate / 2,
      `${m.hedgeCount} hedging phrases (${counted(m.hedges, 3)}) make you sound unsure of your own answer.`,
      `Replace "${m.hedges[0]?.term ?? "maybe"}" with a direct statement ("I would…", "The cause was…"), then give your reason.`,
    );
  }
  const wpm = m.wordsPerMinute;
  if (wpm === null || words < 30) return;
  if (wpm > 180) {
    notes.fix(
      5,
      `You spoke at ${wpm} words per minute, too fast to follow comfortably.`,
      "Slow down to 130–160 words per minute and pause after each main point.",
    );
  } else if (wpm < 90) {
    notes.fix(
      4,
      `At ${wpm} words per minute the answer drags.`,
      "Outline your three main points before you start so you can speak without long gaps.",
    );
  } else if (wpm >= 110 && wpm <= 170) {
    notes.strength(2, `Comfortable pace: ${wpm} words per minute.`);
  }
}

export function evaluateLocally(input: EvaluationInput): Evaluation {
  const f = factsOf(input);
  if (f.words === 0) {
    const point = input.talkingPoints?.[0];
    return {
      source: "local",
      score: 1,
      strengths: [],
      improvements: ["No answer was given, so there is nothing to assess yet."],
      suggestions: [
        `Start with a one-sentence answer, then back it up with an example${point ? `, for instance on "${point}"` : ""}.`,
      ],
      metrics: {
        ...f.m,
        relevance: { score: 0, verdict: "off-topic", reason: "No answer was given." },
        coherence: { score: 0, issue: null },
      },
    };
  }

  const notes = new Notes(f.contentCounts);
  noteChecks(f, input.question, notes);
  noteCoverage(f, notes);
  noteLength(f, notes);
  noteStory(f, notes);
  noteSubstance(f, notes);
  noteDelivery(f, notes);
  // Every list gets something, so a thin answer still learns what it did and what comes next.
  if (notes.strengths.length === 0) {
    const started =
      f.found.length > 0
        ? `, and started a story with a ${list(f.found)}`
        : f.terms[0]
          ? `, naming "${f.terms[0]}"`
          : "";
    notes.strength(
      0,
      `You attempted the question in ${f.words} words${started}; that gives you something to build on.`,
    );
  }
  if (notes.improvements.length === 0) {
    notes.fix(0, "Little to fix: to stand out, add a trade-off you weighed or what you would do differently.");
  }
  if (notes.suggestions.length === 0) {
    notes.suggestions.push({
      weight: 0,
      text: "Practise it once more aloud against a two-minute timer so the delivery matches the content.",
    });
  }

  return {
    source: "local",
    score: scoreOf(f),
    strengths: strongest(notes.strengths, 4),
    improvements: strongest(notes.improvements, 4),
    suggestions: strongest(notes.suggestions, 3),
    metrics: f.m,
  };
}
