import "server-only";
import type { GrammarIssue } from "@/lib/english/schema";
import { subjectVerbAgreement } from "@/lib/english/rules/agreement";
import { indefiniteArticle } from "@/lib/english/rules/articles";
import { pastTimeTense } from "@/lib/english/rules/past-time";
import { prepositions } from "@/lib/english/rules/prepositions";
import { uncountablePlurals } from "@/lib/english/rules/uncountable";
import { doubleComparatives } from "@/lib/english/rules/comparatives";
import { modalVerbForms } from "@/lib/english/rules/modals";
import { sinceTense } from "@/lib/english/rules/since";
import { doSupport } from "@/lib/english/rules/do-support";
import { beAgree } from "@/lib/english/rules/agree";
import { indirectObjects } from "@/lib/english/rules/indirect-object";
import { gerunds } from "@/lib/english/rules/gerunds";
import { tagSentences } from "@/lib/english/rules/tagger";
import type { Rule } from "@/lib/english/rules/issue";

// Rules for common learner mistakes harper does not catch, on top of a part-of-speech tagger
// (decision 022). Each rule is conservative: when the tags leave doubt, it says nothing.

export const RULES: Readonly<Record<string, Rule>> = {
  subjectVerbAgreement,
  indefiniteArticle,
  pastTimeTense,
  prepositions,
  uncountablePlurals,
  doubleComparatives,
  modalVerbForms,
  sinceTense,
  doSupport,
  beAgree,
  indirectObjects,
  gerunds,
};

/** Every rule's issues in `text`, in text order, without two issues over the same words. */
export function checkRules(text: string): GrammarIssue[] {
  if (text.trim() === "") return [];
  const found: GrammarIssue[] = [];
  for (const sentence of tagSentences(text)) for (const rule of Object.values(RULES)) found.push(...rule(sentence));
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return withoutOverlaps(found, []);
}

/** `candidates` that overlap neither `kept` nor an earlier candidate. */
export function withoutOverlaps(candidates: readonly GrammarIssue[], kept: readonly GrammarIssue[]): GrammarIssue[] {
  const result: GrammarIssue[] = [];
  for (const issue of candidates) {
    const clash = (other: GrammarIssue) => issue.start < other.end && other.start < issue.end;
    if (!kept.some(clash) && !result.some(clash)) result.push(issue);
  }
  return result;
}
