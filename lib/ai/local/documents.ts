import type { Level } from "@/lib/questions/schema";
import type { BankCandidate } from "@/lib/ai/types";
import { jobKeywords, type JobKeyword } from "@/lib/resume/job-match";
import { findTerms, tokenize } from "@/lib/resume/tokens";
import { BULLET, splitSections } from "@/lib/resume/sections";
import { statementsOf } from "@/lib/resume/content";
import { STOP_WORDS } from "@/lib/resume/vocabulary/words";

// Reading a job description or a resume for the questions to ask (issue 15, part 2).
// Pure and deterministic like the rest of the local engine: every question it
// leads to can say which words of the document it came from.

/** The fewest words a posting needs before it can say what a role is. */
export const MIN_JOB_WORDS = 25;
/** Below this share of common English words, the text is taken to be in another language. */
const MIN_ENGLISH_SHARE = 0.12;
const MAX_QUOTE = 140;

export type JobReading = {
  /** Skills, tools and other specific terms, must-haves first. */
  keywords: JobKeyword[];
  /** What the person in the role will do, as the posting lists it. */
  responsibilities: string[];
  /** The seniority the posting asks for, when it says. */
  seniority: Level | null;
};

export type Reading<T> = { ok: true; reading: T } | { ok: false; problem: string };

const RESPONSIBILITY_HEADING =
  /^(?:key |your |main |core )?(?:responsibilit(?:y|ies)|duties|what you(?:'|’)?(?:ll| will)? (?:do|be doing|work on)|the role|your role|in this role|day[- ]to[- ]day|you will)\b/i;
const OTHER_HEADING = /^[^.!?]{2,50}:?$/;

const SENIORITY: { pattern: RegExp; level: Level }[] = [
  { pattern: /\b(?:intern(?:ship)?|working student|placement student)\b/i, level: "intern" },
  { pattern: /\b(?:principal|staff|head of|engineering manager|team lead|tech(?:nical)? lead|lead (?:engineer|developer|designer|analyst))\b/i, level: "lead" },
  { pattern: /\b(?:senior|sr\.?)\b/i, level: "senior" },
  { pattern: /\b(?:junior|jr\.?|entry[- ]level|graduate|new grad)\b/i, level: "junior" },
  { pattern: /\b(?:mid[- ]level|intermediate)\b/i, level: "mid" },
];

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
}

function seniorityOf(text: string): Level | null {
  for (const { pattern, level } of SENIORITY) if (pattern.test(text)) return level;
  const years = /\b(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?years?\b/i.exec(text);
  if (!years) return null;
  const n = Number(years[1]);
  return n >= 8 ? "lead" : n >= 5 ? "senior" : n >= 2 ? "mid" : "junior";
}

/** Bullet lines under a responsibilities heading, or, with no such heading, none. */
function responsibilitiesOf(text: string): string[] {
  const found: string[] = [];
  let inside = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(BULLET, "").trim();
    if (line === "") continue;
    const isBullet = BULLET.test(raw);
    if (!isBullet && RESPONSIBILITY_HEADING.test(line) && OTHER_HEADING.test(line)) {
      inside = true;
      continue;
    }
    if (!isBullet && OTHER_HEADING.test(line)) {
      inside = false;
      continue;
    }
    if (inside && words(line).length >= 3) found.push(quote(line));
  }
  return found;
}

function quote(text: string): string {
  const clean = text.replace(/\s+/g, " ").replace(/[.;:,]+$/, "").trim();
  return clean.length <= MAX_QUOTE ? clean : `${clean.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, "")}…`;
}

/**
 * What a pasted job description asks for, or why it cannot be used: too short,
 * not in English, or boilerplate that names no skill or duty.
 */
export function readJobDescription(text: string): Reading<JobReading> {
  const all = words(text);
  if (all.length < MIN_JOB_WORDS) {
    return { ok: false, problem: `That job description is too short to build questions from (${all.length} words): paste the whole posting, at least a few sentences about the role.` };
  }
  const english = all.filter((word) => STOP_WORDS.has(word)).length / all.length;
  if (english < MIN_ENGLISH_SHARE) {
    return { ok: false, problem: "That job description does not look like English. The questions are in English, so paste the English version of the posting." };
  }
  // Only the skills and tools of the vocabulary: a capitalised word the extractor
  // keeps for the ATS match ("Payments", "Engineer") says nothing a question can ask about.
  const keywords = jobKeywords(text)
    .filter((keyword) => keyword.id.startsWith("term:"))
    .sort((a, b) => (a.importance === b.importance ? 0 : a.importance === "must" ? -1 : 1));
  const responsibilities = responsibilitiesOf(text);
  if (keywords.length === 0 && responsibilities.length === 0) {
    return {
      ok: false,
      problem: "That text names no skills, tools or duties we recognise (it reads like boilerplate about the company). Paste the part of the posting that describes the role and what it requires.",
    };
  }
  return { ok: true, reading: { keywords, responsibilities, seniority: seniorityOf(text) } };
}

export type ResumeReading = {
  /** Achievements with a number in them, as the resume words them. */
  claims: { text: string; startsWithVerb: boolean }[];
  /** Skills and tools the resume names. */
  keywords: JobKeyword[];
};

/** The claims worth asking about (quantified achievements) and the skills of a resume's text. */
export function readResume(text: string): Reading<ResumeReading> {
  const { lines, sections } = splitSections(text);
  const claims = statementsOf(lines, sections)
    .statements.filter((statement) => statement.quantified && statement.words >= 4)
    .map((statement) => ({ text: quote(statement.text), startsWithVerb: statement.verb !== null }));
  const seen = new Set<number>();
  const keywords: JobKeyword[] = [];
  for (const hit of findTerms(tokenize(text), text)) {
    if (seen.has(hit.termIndex)) continue;
    seen.add(hit.termIndex);
    keywords.push({ id: `term:${hit.termIndex}`, term: hit.name, importance: "must" });
  }
  if (claims.length === 0 && keywords.length === 0) {
    return { ok: false, problem: "Your active resume names no skills and no results we can ask about. Add measurable achievements to it, or choose another source of questions." };
  }
  return { ok: true, reading: { claims, keywords } };
}

/**
 * Aliases that are ordinary words in the bank's own questions: "node" there is a
 * cluster's node far more often than Node.js, so it does not make a match.
 */
const AMBIGUOUS_IN_QUESTIONS: ReadonlySet<string> = new Set(["node", "nodes"]);

/** The vocabulary terms a bank question touches, through its text, tags and talking points. */
function keywordIdsOf(question: BankCandidate): Set<string> {
  const text = [question.text, ...question.tags, ...question.talkingPoints].join("\n");
  const ids = new Set<string>();
  for (const hit of findTerms(tokenize(text), text)) {
    if (!AMBIGUOUS_IN_QUESTIONS.has(hit.surface.toLowerCase())) ids.add(`term:${hit.termIndex}`);
  }
  return ids;
}

export type KeywordMatch = { question: BankCandidate; terms: string[]; weight: number };

/**
 * Bank questions that ask about the document's keywords, strongest first:
 * a must-have counts twice a nice-to-have. Questions that match nothing are left out.
 */
export function matchBank(bank: BankCandidate[], keywords: JobKeyword[]): KeywordMatch[] {
  if (keywords.length === 0) return [];
  const matches: KeywordMatch[] = [];
  for (const question of bank) {
    const ids = keywordIdsOf(question);
    const hits = keywords.filter((keyword) => ids.has(keyword.id));
    if (hits.length === 0) continue;
    const weight = hits.reduce((sum, keyword) => sum + (keyword.importance === "must" ? 2 : 1), 0);
    matches.push({ question, terms: hits.map((keyword) => keyword.term), weight });
  }
  return matches.sort((a, b) => b.weight - a.weight || (a.question.id < b.question.id ? -1 : 1));
}

/** "matches 'Kubernetes, on-call' in the job description" */
export function matchReason(terms: string[], where: "job" | "resume"): string {
  const named = terms.slice(0, 3).join(", ");
  return where === "job" ? `matches '${named}' in the job description` : `matches '${named}' on your resume`;
}

/** A behavioral question about one duty the posting lists. */
export function responsibilityQuestion(duty: string): { text: string; reason: string } {
  const phrased = duty.charAt(0).toLowerCase() + duty.slice(1);
  return {
    text: `This role involves "${phrased}". Tell me about a time you did something like that: what was the situation, what did you do, and how did it turn out?`,
    reason: `from the job description: "${duty}"`,
  };
}

/** A question about one claim the resume makes: "You wrote that you cut page load time by 40%: walk me through how." */
export function claimQuestion(claim: { text: string; startsWithVerb: boolean }): { text: string; reason: string } {
  const body = claim.startsWithVerb ? claim.text.charAt(0).toLowerCase() + claim.text.slice(1) : null;
  return {
    text: body
      ? `You wrote that you ${body}. Walk me through how: what was your own part, and how did you measure the result?`
      : `Your resume says: "${claim.text}". Walk me through it: what was your own part, and how did you measure the result?`,
    reason: `from your resume: "${claim.text}"`,
  };
}
