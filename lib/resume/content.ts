import type { Issue, SectionFinding, SectionKey } from "@/lib/resume/schema";
import { SECTION_LABELS } from "@/lib/resume/schema";
import { BULLET, type Line } from "@/lib/resume/sections";
import { actionVerbOf, weakOpeningOf } from "@/lib/resume/verbs";
import { FIRST_PERSON } from "@/lib/resume/vocabulary/words";

export const LONG_BULLET_WORDS = 35;
export const SHORT_RESUME_WORDS = 200;
export const LONG_RESUME_WORDS = 1000;
export const MAX_PAGES = 2;
const REQUIRED_SECTIONS: SectionKey[] = ["contact", "experience", "education", "skills"];
/** Sections whose bullets describe what the person did, so they should open with a verb and show results. */
const ACHIEVEMENT_SECTIONS = new Set<SectionKey | null>(["experience", "projects"]);

export type Statement = {
  text: string;
  verb: string | null;
  weak: { phrase: string; instead: string[] } | null;
  quantified: boolean;
  words: number;
};

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
}

/** Numbers that measure something; bare years and date ranges do not. */
export function isQuantified(text: string): boolean {
  const withoutDates = text.replace(/\b(?:19|20)\d{2}\b/g, " ");
  return /\d/.test(withoutDates) || /\b(?:doubled|tripled|halved|quadrupled)\b/i.test(text);
}

/**
 * Bullet points with wrapped lines joined back: PDF text breaks a long bullet
 * over several lines, and a line that starts in lower case continues the one before.
 */
export function bulletsOf(lines: Line[]): { text: string; section: SectionKey | null }[] {
  const bullets: { text: string; section: SectionKey | null }[] = [];
  let open = false;
  for (const line of lines) {
    if (BULLET.test(line.text)) {
      bullets.push({ text: line.text.replace(BULLET, "").trim(), section: line.section });
      open = true;
    } else if (open && /^[a-z0-9(&$%]/.test(line.text)) {
      const last = bullets.at(-1)!;
      last.text = `${last.text} ${line.text}`;
    } else {
      open = false;
    }
  }
  return bullets.filter((bullet) => bullet.text !== "");
}

function statementOf(text: string): Statement {
  const first = /[A-Za-z][A-Za-z'-]*/.exec(text)?.[0] ?? "";
  return { text, verb: actionVerbOf(first), weak: weakOpeningOf(text), quantified: isQuantified(text), words: wordCount(text) };
}

/**
 * What to judge for verbs and numbers: bullets under Experience and Projects
 * (all bullets outside Skills/Education/Contact when neither heading exists),
 * or, with no bullets at all, the longer lines of those sections.
 */
export function statementsOf(lines: Line[], sections: Record<SectionKey, SectionFinding>) {
  const bullets = bulletsOf(lines);
  const hasAchievementHeading = sections.experience.found || sections.projects.found;
  const relevant = (section: SectionKey | null) =>
    hasAchievementHeading ? ACHIEVEMENT_SECTIONS.has(section) : !["skills", "education", "contact"].includes(section ?? "");
  if (bullets.length > 0) {
    return { counted: "bullets" as const, all: bullets, statements: bullets.filter((b) => relevant(b.section)).map((b) => statementOf(b.text)) };
  }
  const lineStatements = lines.filter((line) => relevant(line.section) && wordCount(line.text) >= 6).map((line) => statementOf(line.text));
  return { counted: "lines" as const, all: bullets, statements: lineStatements };
}

const DATE_STYLES: { label: string; pattern: RegExp }[] = [
  { label: "Jan 2020", pattern: /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:19|20)\d{2}\b/gi },
  { label: "January 2020", pattern: /\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+(?:19|20)\d{2}\b/gi },
  { label: "01/2020", pattern: /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g },
  { label: "01-2020", pattern: /\b(?:0?[1-9]|1[0-2])[-.](?:19|20)\d{2}\b/g },
  { label: "2020-01", pattern: /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])\b(?!\d)/g },
];
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|[/.-]\s*$/i;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*[–—-]\s*(?:(?:19|20)\d{2}|present|current|now|today)\b/gi;

/** The date styles used, with one example of each. */
export function dateStyles(text: string): { label: string; example: string }[] {
  const styles: { label: string; example: string }[] = [];
  for (const { label, pattern } of DATE_STYLES) {
    const match = text.match(pattern);
    if (match?.[0]) styles.push({ label, example: match[0] });
  }
  for (const match of text.matchAll(YEAR_RANGE)) {
    if (!MONTH_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) {
      styles.push({ label: "2019 – 2021", example: match[0] });
      break;
    }
  }
  return styles;
}

// "I" followed by a verb; "Engineer I at Acme" is a job level, not a pronoun.
const PRONOUN_I = /\bI(?:['’](?:m|ve|d|ll)\b|\s+(?!at\b|in\b|for\b|with\b|of\b|and\b)[a-z])/;

function usesFirstPerson(text: string): boolean {
  if (PRONOUN_I.test(text)) return true;
  // All-caps "ME" is more likely Maine than a pronoun.
  return text.split(/[^A-Za-z]+/).some((word) => word.toLowerCase() !== "i" && FIRST_PERSON.has(word.toLowerCase()) && word !== word.toUpperCase());
}

function firstPersonExamples(lines: Line[]): string[] {
  return lines.filter((line) => usesFirstPerson(line.text)).map((line) => line.text);
}

const clip = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function lengthOf(text: string, pages: number | null) {
  const words = wordCount(text);
  const verdict: "short" | "ok" | "long" = words < SHORT_RESUME_WORDS ? "short" : words > LONG_RESUME_WORDS || (pages ?? 0) > MAX_PAGES ? "long" : "ok";
  return { words, pages, verdict };
}

/** Formatting problems a recruiter or an ATS would notice, each with examples from the resume. */
export function formattingIssues(input: {
  text: string;
  lines: Line[];
  sections: Record<SectionKey, SectionFinding>;
  bulletCount: number;
  statements: Statement[];
  length: ReturnType<typeof lengthOf>;
}): Issue[] {
  const issues: Issue[] = [];
  if (input.bulletCount === 0) {
    issues.push({ code: "no_bullets", message: "No bullet points found. Put each achievement on its own bullet so it can be scanned in seconds.", examples: [] });
  }
  const long = input.statements.filter((s) => s.words > LONG_BULLET_WORDS);
  if (long.length > 0) {
    issues.push({
      code: "long_bullets",
      message: `${long.length} bullet${long.length === 1 ? " is" : "s are"} longer than ${LONG_BULLET_WORDS} words. Keep each to one or two lines.`,
      examples: long.slice(0, 3).map((s) => clip(s.text)),
    });
  }
  const missing = REQUIRED_SECTIONS.filter((key) => !input.sections[key].found);
  if (missing.length > 0) {
    issues.push({
      code: "missing_sections",
      message: `Missing section${missing.length === 1 ? "" : "s"}: ${missing.map((key) => SECTION_LABELS[key]).join(", ")}.`,
      examples: [],
    });
  }
  const firstPerson = firstPersonExamples(input.lines);
  if (firstPerson.length > 0) {
    issues.push({
      code: "first_person",
      message: "First-person words (I, me, my) found. Resumes leave them out: start with the verb instead.",
      examples: firstPerson.slice(0, 3).map((line) => clip(line)),
    });
  }
  const styles = dateStyles(input.text);
  if (styles.length > 1) {
    issues.push({
      code: "inconsistent_dates",
      message: `Dates are written in ${styles.length} different styles (${styles.map((s) => `“${s.example}”`).join(", ")}). Use one style throughout.`,
      examples: styles.map((s) => s.example),
    });
  }
  const { words, pages, verdict } = input.length;
  if (verdict === "long") {
    issues.push({
      code: "too_long",
      message: `${pages ? `${pages} pages, ` : ""}${words} words: too long. Aim for one page (two at most) and under ${LONG_RESUME_WORDS} words.`,
      examples: [],
    });
  } else if (verdict === "short") {
    issues.push({ code: "too_short", message: `${words} words: too short to show your experience. Aim for at least ${SHORT_RESUME_WORDS}.`, examples: [] });
  }
  if (input.statements.length > 0 && input.statements.every((s) => !s.quantified)) {
    issues.push({ code: "no_numbers", message: "None of your achievements has a number. Add results: how many, how much, how fast.", examples: [] });
  }
  return issues;
}
