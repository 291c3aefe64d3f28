import type { Analysis } from "@/lib/resume/schema";
import { splitSections } from "@/lib/resume/sections";
import { LONG_BULLET_WORDS, formattingIssues, lengthOf, statementsOf } from "@/lib/resume/content";
import { jobKeywords, matchKeywords } from "@/lib/resume/job-match";
import { scoreParts, totalScore } from "@/lib/resume/score";
import { buildSuggestions } from "@/lib/resume/suggestions";

/**
 * The whole local analysis of a resume's text, optionally against a job
 * description. Pure and deterministic: the same text always gets the same
 * result, and every number in it can be traced back to the text.
 */
export function analyzeResume(input: { text: string; pages: number | null; jobDescription?: string | null }): Analysis {
  const { lines, sections } = splitSections(input.text);
  const { counted, all, statements } = statementsOf(lines, sections);
  const length = lengthOf(input.text, input.pages);
  const issues = formattingIssues({ text: input.text, lines, sections, bulletCount: all.length, statements, length });

  let match: Analysis["match"] = null;
  if (input.jobDescription?.trim()) {
    const wanted = jobKeywords(input.jobDescription);
    match =
      wanted.length > 0
        ? { keywords: matchKeywords(wanted, input.text) }
        : { keywords: [], note: "The job description names no skills, tools or other specific terms we recognise, so there is nothing to match." };
  }
  const keywords = match && match.keywords.length > 0 ? match.keywords : null;
  const parts = scoreParts({ keywords, sections, statements, issues });

  return {
    sections,
    length,
    bullets: {
      count: all.length,
      counted,
      judged: statements.length,
      withActionVerb: statements.filter((s) => s.verb).length,
      weakVerb: statements.filter((s) => s.weak).length,
      quantified: statements.filter((s) => s.quantified).length,
      long: statements.filter((s) => s.words > LONG_BULLET_WORDS).length,
    },
    actionVerbs: [...new Set(statements.flatMap((s) => (s.verb ? [s.verb] : [])))],
    issues,
    match,
    score: { total: totalScore(parts), parts },
    suggestions: buildSuggestions({ keywords, statements, sections, issues }),
  };
}
