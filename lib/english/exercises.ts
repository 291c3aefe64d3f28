import "server-only";
import { lintText } from "@/lib/english/harper";
import type { GrammarItemResult } from "@/lib/english/schema";
import { normalizeSentence, wordSimilarity } from "@/lib/english/compare";

/** A sentence to correct: from the curated bank, or from one of the user's own answers. */
export type GrammarExercise = {
  id: string;
  sentence: string;
  /** Accepted corrections, the reference first. */
  fixes: string[];
  category: string;
  /** harper's explanation, shown on request. */
  hint?: string;
  /** The interview question the sentence answered (drills from stored answers). */
  question?: string;
};

/**
 * A different fix than ours still counts when harper finds nothing wrong with it and it stays
 * close to the reference; this keeps "I wrote tests." from passing as a fix of any sentence.
 */
export const ACCEPT_SIMILARITY = 0.6;

/** Checks a correction: exact match with a fix, else re-lints it and compares it to the reference. */
export async function checkGrammarItem(exercise: GrammarExercise, answer: string): Promise<GrammarItemResult> {
  const base = {
    exerciseId: exercise.id,
    sentence: exercise.sentence,
    answer,
    expected: exercise.fixes[0] ?? exercise.sentence,
    category: exercise.category,
    ...(exercise.question ? { question: exercise.question } : {}),
  };
  const normalized = normalizeSentence(answer);
  if (normalized === "") return { ...base, verdict: "skipped", remaining: [] };
  if (exercise.fixes.some((fix) => normalizeSentence(fix) === normalized))
    return { ...base, verdict: "exact", remaining: [] };

  const issues = await lintText(answer);
  const remaining = issues.map((issue) => ({
    text: answer.slice(issue.start, issue.end),
    message: issue.message,
    category: issue.category,
  }));
  const unchanged = normalized === normalizeSentence(exercise.sentence);
  const close = Math.max(...exercise.fixes.map((fix) => wordSimilarity(answer, fix))) >= ACCEPT_SIMILARITY;
  return { ...base, verdict: !unchanged && issues.length === 0 && close ? "accepted" : "wrong", remaining };
}

export const isCorrect = (result: GrammarItemResult) => result.verdict === "exact" || result.verdict === "accepted";
