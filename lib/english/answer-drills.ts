import "server-only";
import { db } from "@/lib/db";
import { computeMetrics } from "@/lib/ai/local/metrics";
import { lintText } from "@/lib/english/harper";
import { applyReplacements, sentenceSpans } from "@/lib/english/sentences";
import { normalizeSentence } from "@/lib/english/compare";
import type { GrammarExercise } from "@/lib/english/exercises";
import { NotFoundError } from "@/lib/errors";

// Drills built from the user's own interview answers (session_answer rows of AI and avatar
// sessions): the sentences harper flags become fix-it exercises, and the fillers and hedges
// they used most become the focus of a speaking drill.

const MAX_ANSWERS = 30;
/** Linting costs about a second per 10,000 characters; the page stays quick with the newest answers. */
const LINT_BUDGET_CHARS = 20_000;
const MAX_SENTENCE_CHARS = 400;
export const MAX_DRILLS = 8;

type AnswerRow = { id: string; questionText: string; answerText: string };

async function answerRows(userId: string, ids?: string[]): Promise<AnswerRow[]> {
  const rows = await db().sessionAnswer.findMany({
    where: {
      userId,
      AND: [{ answerText: { not: null } }, { answerText: { not: "" } }],
      ...(ids ? { id: { in: ids } } : {}),
    },
    orderBy: [{ answeredAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: MAX_ANSWERS,
    select: { id: true, questionText: true, answerText: true },
  });
  return rows.flatMap((row) =>
    row.answerText && row.answerText.trim() !== "" ? [{ ...row, answerText: row.answerText }] : [],
  );
}

const exerciseId = (answerId: string, sentenceStart: number) => `${answerId}:${sentenceStart}`;

/** One exercise per flagged sentence; the reference fix applies harper's first suggestion to each problem. */
async function exercisesFrom(row: AnswerRow): Promise<GrammarExercise[]> {
  const issues = (await lintText(row.answerText)).filter((issue) => issue.suggestions.length > 0);
  if (issues.length === 0) return [];
  const exercises: GrammarExercise[] = [];
  for (const sentence of sentenceSpans(row.answerText)) {
    if (sentence.text.length > MAX_SENTENCE_CHARS) continue;
    const inside = issues.filter((issue) => issue.start >= sentence.start && issue.end <= sentence.end);
    const first = inside[0];
    if (!first) continue;
    const fix = applyReplacements(
      sentence.text,
      inside.map((issue) => ({
        start: issue.start - sentence.start,
        end: issue.end - sentence.start,
        replacement: issue.suggestions[0] ?? "",
      })),
    );
    exercises.push({
      id: exerciseId(row.id, sentence.start),
      sentence: sentence.text,
      fixes: [fix],
      category: first.category,
      hint: first.message,
      question: row.questionText,
    });
  }
  return exercises;
}

type TermCount = { term: string; count: number };

export type SpeakingFocus = {
  words: number;
  fillers: TermCount[];
  hedges: TermCount[];
  /** Per 100 words, one decimal. */
  fillerRate: number;
  hedgeRate: number;
};

function speakingFocus(rows: AnswerRow[]): SpeakingFocus {
  const fillers = new Map<string, number>();
  const hedges = new Map<string, number>();
  let words = 0;
  for (const row of rows) {
    const metrics = computeMetrics({ question: row.questionText, answer: row.answerText });
    words += metrics.wordCount;
    for (const { term, count } of metrics.fillers) fillers.set(term, (fillers.get(term) ?? 0) + count);
    for (const { term, count } of metrics.hedges) hedges.set(term, (hedges.get(term) ?? 0) + count);
  }
  const top = (counts: Map<string, number>) =>
    [...counts.entries()]
      .map(([term, count]) => ({ term, count }))
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
      .slice(0, 5);
  const rate = (counts: Map<string, number>) => {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return words === 0 ? 0 : Math.round((total * 1000) / words) / 10;
  };
  return { words, fillers: top(fillers), hedges: top(hedges), fillerRate: rate(fillers), hedgeRate: rate(hedges) };
}

export type AnswerDrills = { answersChecked: number; exercises: GrammarExercise[]; focus: SpeakingFocus };

/** Grammar exercises and a speaking focus from the user's newest answers; empty when they have none. */
export async function answerDrills(userId: string): Promise<AnswerDrills> {
  const rows = await answerRows(userId);
  const exercises: GrammarExercise[] = [];
  const seen = new Set<string>();
  let budget = LINT_BUDGET_CHARS;
  let checked = 0;
  for (const row of rows) {
    if (exercises.length >= MAX_DRILLS || budget <= 0) break;
    budget -= row.answerText.length;
    checked += 1;
    for (const exercise of await exercisesFrom(row)) {
      const key = normalizeSentence(exercise.sentence).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      exercises.push(exercise);
    }
  }
  return { answersChecked: checked, exercises: exercises.slice(0, MAX_DRILLS), focus: speakingFocus(rows) };
}

/** The exercises with these ids, rebuilt from the user's own answers; another user's ids are not found. */
export async function answerExercisesById(userId: string, ids: string[]): Promise<Map<string, GrammarExercise>> {
  const answerIds = [...new Set(ids.map((id) => id.slice(0, id.lastIndexOf(":"))))];
  const rows = await answerRows(userId, answerIds);
  const found = new Map<string, GrammarExercise>();
  for (const row of rows) for (const exercise of await exercisesFrom(row)) found.set(exercise.id, exercise);
  for (const id of ids)
    if (!found.has(id))
      throw new NotFoundError("That exercise was not found among your answers. Reload the page for a fresh set.");
  return found;
}
