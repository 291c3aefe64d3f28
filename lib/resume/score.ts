import type { Issue, Keyword, ScorePart, SectionFinding, SectionKey } from "@/lib/resume/schema";
import { SECTION_LABELS } from "@/lib/resume/schema";
import type { Statement } from "@/lib/resume/content";

/** Points per part; the parts of a resume matched against a job add up to 100. */
export const WEIGHTS = { must_have: 40, nice_to_have: 15, sections: 15, action_verbs: 10, quantified: 10, formatting: 10 } as const;
export const SECTION_POINTS: Record<SectionKey, number> = { contact: 3, experience: 4, education: 3, skills: 3, summary: 1, projects: 1 };
/** Half of the achievements carrying a number earns the full quantification points. */
export const QUANTIFIED_TARGET = 0.5;
export const FORMATTING_DEDUCTIONS: Partial<Record<Issue["code"], number>> = {
  no_bullets: 4,
  long_bullets: 2,
  first_person: 2,
  inconsistent_dates: 2,
  too_long: 2,
  too_short: 2,
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function coverage(key: "must_have" | "nice_to_have", label: string, keywords: Keyword[] | null): ScorePart {
  const max = WEIGHTS[key];
  const importance = key === "must_have" ? "must" : "nice";
  if (!keywords) return { key, label, points: 0, max, detail: "No job description to match against.", applicable: false };
  const relevant = keywords.filter((k) => k.importance === importance);
  if (relevant.length === 0) {
    return { key, label, points: 0, max, detail: `The job description lists no ${importance === "must" ? "must-have" : "nice-to-have"} terms we recognise.`, applicable: false };
  }
  const matched = relevant.filter((k) => k.matched).length;
  return {
    key,
    label,
    points: round1((max * matched) / relevant.length),
    max,
    detail: `${matched} of ${relevant.length} found × ${max} points.`,
    applicable: true,
  };
}

export function scoreParts(input: {
  keywords: Keyword[] | null;
  sections: Record<SectionKey, SectionFinding>;
  statements: Statement[];
  issues: Issue[];
}): ScorePart[] {
  const found = (Object.keys(SECTION_POINTS) as SectionKey[]).filter((key) => input.sections[key].found);
  const missing = (Object.keys(SECTION_POINTS) as SectionKey[]).filter((key) => !input.sections[key].found);
  const sectionPoints = found.reduce((sum, key) => sum + SECTION_POINTS[key], 0);
  const total = input.statements.length;
  const withVerb = input.statements.filter((s) => s.verb !== null).length;
  const quantified = input.statements.filter((s) => s.quantified).length;
  const deductions = input.issues.flatMap((issue) => {
    const points = FORMATTING_DEDUCTIONS[issue.code];
    return points ? [{ code: issue.code, points }] : [];
  });
  const deducted = deductions.reduce((sum, d) => sum + d.points, 0);

  return [
    coverage("must_have", "Must-have keywords", input.keywords),
    coverage("nice_to_have", "Nice-to-have keywords", input.keywords),
    {
      key: "sections",
      label: "Sections",
      points: sectionPoints,
      max: WEIGHTS.sections,
      detail:
        `Found: ${found.map((key) => `${SECTION_LABELS[key]} (${SECTION_POINTS[key]})`).join(", ") || "none"}.` +
        (missing.length > 0 ? ` Missing: ${missing.map((key) => `${SECTION_LABELS[key]} (${SECTION_POINTS[key]})`).join(", ")}.` : ""),
      applicable: true,
    },
    {
      key: "action_verbs",
      label: "Action verbs",
      points: total === 0 ? 0 : round1((WEIGHTS.action_verbs * withVerb) / total),
      max: WEIGHTS.action_verbs,
      detail: total === 0 ? "No achievements to check." : `${withVerb} of ${plural(total, "achievement")} open with a strong verb × ${WEIGHTS.action_verbs} points.`,
      applicable: true,
    },
    {
      key: "quantified",
      label: "Quantified results",
      points: total === 0 ? 0 : round1(WEIGHTS.quantified * Math.min(1, quantified / total / QUANTIFIED_TARGET)),
      max: WEIGHTS.quantified,
      detail:
        total === 0
          ? "No achievements to check."
          : `${quantified} of ${plural(total, "achievement")} contain a number; ${Math.round(QUANTIFIED_TARGET * 100)}% or more earns all ${WEIGHTS.quantified} points.`,
      applicable: true,
    },
    {
      key: "formatting",
      label: "Formatting and length",
      points: Math.max(0, WEIGHTS.formatting - deducted),
      max: WEIGHTS.formatting,
      detail: deductions.length === 0 ? "No formatting problems found." : `Deducted: ${deductions.map((d) => `${d.code.replace(/_/g, " ")} (−${d.points})`).join(", ")}.`,
      applicable: true,
    },
  ];
}

/** The total out of 100: points earned over the points that could be earned (parts that do not apply are left out). */
export function totalScore(parts: ScorePart[]): number {
  const applicable = parts.filter((part) => part.applicable);
  const max = applicable.reduce((sum, part) => sum + part.max, 0);
  const points = applicable.reduce((sum, part) => sum + part.points, 0);
  return max === 0 ? 0 : Math.max(0, Math.min(100, Math.round((100 * points) / max)));
}
