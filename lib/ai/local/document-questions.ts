import { createHash } from "node:crypto";
import type { GeneratedQuestion } from "@/lib/ai/schema";
import type { BankCandidate, QuestionDocument, QuestionInput } from "@/lib/ai/types";
import type { QuestionType, Role } from "@/lib/questions/schema";
import { LEVELS } from "@/lib/questions/schema";
import { claimQuestion, matchBank, matchReason, responsibilityQuestion, type KeywordMatch } from "@/lib/ai/local/documents";
import { selectQuestions, significantWords, similarity, toGenerated } from "@/lib/ai/local/select";

// Questions for a pasted job description or the user's resume, from the bank
// and from templates, each with the reason it was chosen (issue 15, part 2).
//
// Policies (tests/unit/document-questions.test.ts):
// - A bank question is asked because it names the document's words, never at
//   random: the match is the reason, and the reason quotes the words.
// - The document's own lines (duties of the role, claims of the resume) take up
//   to a third of a job interview and half of a resume one, in the formats that
//   ask about the past (mixed and behavioral). They are what an interviewer who
//   read the document would ask, and no bank question can ask them.
// - When the document matches too few bank questions, the rest are the role's
//   usual questions, and their reason says so. A shorter interview would hide
//   the gap; a question passed off as matching would be untrue.
// - Level fit and near-duplicates follow the bank selector (lib/ai/local/select.ts).

const NEAR_DUPLICATE = 0.4;
const TEMPLATE_POINTS = ["A real situation like this one", "What you did yourself", "The outcome, in numbers if you have them"];

export type DocumentSelection = Pick<QuestionInput, "level" | "format" | "count" | "seed" | "excludeIds"> & {
  role: Role;
  document: QuestionDocument;
};

function templateId(kind: QuestionDocument["kind"], text: string): string {
  return `doc-${kind}-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

function fitsFormat(type: QuestionType, format: QuestionInput["format"]): boolean {
  return format === "mixed" || type === format;
}

function levelDistance(question: BankCandidate, level: QuestionInput["level"]): number {
  const target = LEVELS.indexOf(level);
  return Math.min(...question.levels.map((l) => Math.abs(LEVELS.indexOf(l) - target)));
}

/** The document's own lines, turned into questions: the role's duties or the resume's claims. */
function templateQuestions(document: QuestionDocument): GeneratedQuestion[] {
  const made =
    document.kind === "job" ? document.reading.responsibilities.map(responsibilityQuestion) : document.reading.claims.map(claimQuestion);
  return made.map(({ text, reason }) => ({
    id: templateId(document.kind, text),
    text,
    type: "behavioral",
    difficulty: "medium",
    talkingPoints: [...TEMPLATE_POINTS],
    reason,
  }));
}

/** Bank matches in the format, at the nearest levels, the user's role first, with no two alike. */
function bankMatches(bank: BankCandidate[], input: DocumentSelection): KeywordMatch[] {
  const excluded = new Set(input.excludeIds);
  const level = input.document.kind === "job" ? (input.document.reading.seniority ?? input.level) : input.level;
  const pool = bank.filter((q) => !excluded.has(q.id) && fitsFormat(q.type, input.format));
  const ranked = matchBank(pool, input.document.reading.keywords)
    .map((match) => ({ match, distance: Math.min(levelDistance(match.question, level), 2), own: match.question.role === input.role ? 0 : 1 }))
    .sort((a, b) => a.distance - b.distance || b.match.weight - a.match.weight || a.own - b.own);
  const picked: KeywordMatch[] = [];
  const words: Set<string>[] = [];
  for (const { match } of ranked) {
    const mine = significantWords(match.question.text);
    if (words.some((other) => similarity(other, mine) >= NEAR_DUPLICATE)) continue;
    picked.push(match);
    words.push(mine);
  }
  return picked;
}

/**
 * Up to `count` questions for the document, each with its reason. Empty only
 * when the bank has nothing new left for the role (the caller says so).
 */
export function questionsFromDocument(bank: BankCandidate[], input: DocumentSelection): GeneratedQuestion[] {
  const count = Math.max(0, Math.floor(input.count));
  const where = input.document.kind === "job" ? "job" : "resume";
  const asksAboutThePast = input.format === "mixed" || input.format === "behavioral";
  const templateShare = input.document.kind === "job" ? Math.ceil(count / 3) : Math.ceil(count / 2);
  const templates = asksAboutThePast ? templateQuestions(input.document).slice(0, templateShare) : [];
  const matched = bankMatches(bank, input)
    .slice(0, count - templates.length)
    .map((match) => ({ ...toGenerated(match.question), reason: matchReason(match.terms, where) }));

  const chosen = [...matched, ...templates];
  // Too few matches: a behavioral format may take more of the document's own lines first.
  if (chosen.length < count && asksAboutThePast) {
    const more = templateQuestions(input.document).filter((q) => !chosen.some((c) => c.id === q.id));
    chosen.push(...more.slice(0, count - chosen.length));
  }
  if (chosen.length < count) {
    const taken = new Set(chosen.map((q) => q.id));
    const general = selectQuestions(bank, {
      role: input.role,
      level: input.level,
      format: input.format,
      count: count - chosen.length,
      seed: input.seed,
      excludeIds: [...input.excludeIds, ...taken],
    });
    const because =
      where === "job"
        ? `a usual question for the role: the job description matched no more of our questions`
        : `a usual question for the role: your resume matched no more of our questions`;
    chosen.push(...general.map((q) => ({ ...toGenerated(q), reason: because })));
  }
  return interleaveSources(chosen.slice(0, count));
}

/** Bank matches and the document's own questions alternate, so neither bunches at one end. */
function interleaveSources(questions: GeneratedQuestion[]): GeneratedQuestion[] {
  const own = questions.filter((q) => q.id.startsWith("doc-"));
  const rest = questions.filter((q) => !q.id.startsWith("doc-"));
  const out: GeneratedQuestion[] = [];
  while (own.length > 0 || rest.length > 0) {
    const next = rest.shift();
    if (next) out.push(next);
    const mine = own.shift();
    if (mine) out.push(mine);
  }
  return out;
}
