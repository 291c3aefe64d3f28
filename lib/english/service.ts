import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { bankExercise } from "@/lib/english/grammar-bank";
import { answerExercisesById } from "@/lib/english/answer-drills";
import { checkGrammarItem, isCorrect, type GrammarExercise } from "@/lib/english/exercises";
import { categoryLabel } from "@/lib/english/labels";
import { isStrongChoice, powerVerb } from "@/lib/english/power-verbs";
import { analyzeSpeaking } from "@/lib/english/speaking";
import { speakingDrill } from "@/lib/english/speaking-drills";
import type {
  GrammarSubmission,
  SessionResults,
  SessionType,
  SpeakingSubmission,
  VocabularyItemResult,
  VocabularySubmission,
} from "@/lib/english/schema";

// Each submitted exercise set is checked on the server and stored as one
// english_booster_session row; the browser never decides what was right.

type Stored = { id: string; score: number };

const percent = (right: number, total: number) => (total === 0 ? 0 : Math.round((right / total) * 100));

/** Whole minutes, at least one for any time spent; null when the browser did not say. */
const minutesOf = (seconds: number | undefined) =>
  seconds === undefined ? null : seconds === 0 ? 0 : Math.max(1, Math.round(seconds / 60));

function assertDistinct(ids: string[]) {
  if (new Set(ids).size !== ids.length) throw new InvalidInputError("Each exercise can be answered once per set.");
}

async function store(
  userId: string,
  at: Date,
  row: {
    sessionType: SessionType;
    exercisesCompleted: number;
    total: number;
    score: number;
    improvementAreas: string[];
    durationSeconds?: number;
    results: SessionResults;
  },
): Promise<Stored> {
  return db().englishBoosterSession.create({
    data: {
      userId,
      sessionType: row.sessionType,
      exercisesCompleted: row.exercisesCompleted,
      score: row.score,
      improvementAreas: row.improvementAreas.slice(0, 12),
      durationMinutes: minutesOf(row.durationSeconds),
      completed: row.exercisesCompleted === row.total,
      results: row.results,
      createdAt: at,
    },
    select: { id: true, score: true },
  });
}

export async function submitGrammarSession(userId: string, input: GrammarSubmission, at: Date): Promise<Stored> {
  const ids = input.items.map((item) => item.exerciseId);
  assertDistinct(ids);
  let exercises: Map<string, GrammarExercise>;
  if (input.source === "bank") {
    exercises = new Map();
    for (const id of ids) {
      const found = bankExercise(id);
      if (!found) throw new InvalidInputError("That exercise does not exist. Reload the page for a fresh set.");
      exercises.set(id, found);
    }
  } else {
    exercises = await answerExercisesById(userId, ids);
  }

  const items = [];
  for (const item of input.items) {
    const exercise = exercises.get(item.exerciseId);
    if (exercise) items.push(await checkGrammarItem(exercise, item.answer));
  }
  const missed = items.filter((item) => !isCorrect(item));
  return store(userId, at, {
    sessionType: "grammar",
    exercisesCompleted: items.filter((item) => item.verdict !== "skipped").length,
    total: items.length,
    score: percent(items.length - missed.length, items.length),
    improvementAreas: [...new Set(missed.map((item) => categoryLabel(item.category)))],
    durationSeconds: input.durationSeconds,
    results: { kind: "grammar", source: input.source, items },
  });
}

export async function submitVocabularySession(userId: string, input: VocabularySubmission, at: Date): Promise<Stored> {
  assertDistinct(input.items.map((item) => item.pairId));
  const items: VocabularyItemResult[] = input.items.map((item) => {
    const pair = powerVerb(item.pairId);
    if (!pair) throw new InvalidInputError("That exercise does not exist. Reload the page for a fresh set.");
    return {
      pairId: pair.id,
      weak: pair.weak,
      sentence: pair.sentence,
      chosen: item.chosen,
      correct: isStrongChoice(pair, item.chosen),
      strong: pair.strong,
      rewrite: pair.rewrite,
    };
  });
  const missed = items.filter((item) => !item.correct);
  return store(userId, at, {
    sessionType: "vocabulary",
    exercisesCompleted: items.length,
    total: items.length,
    score: percent(items.length - missed.length, items.length),
    improvementAreas: missed.map((item) => `Instead of “${item.weak}”: ${item.strong[0]}`),
    durationSeconds: input.durationSeconds,
    results: { kind: "vocabulary", items },
  });
}

export async function submitSpeakingSession(userId: string, input: SpeakingSubmission, at: Date): Promise<Stored> {
  const drill = speakingDrill(input.drillId);
  if (!drill) throw new InvalidInputError("That drill does not exist. Choose one from the list.");
  const { results, score, improvementAreas } = analyzeSpeaking(drill, {
    input: input.input,
    transcript: input.transcript,
    durationSeconds: input.durationSeconds,
    pauseGaps: input.input === "speech" ? input.pauseGaps : undefined,
  });
  return store(userId, at, {
    sessionType: "speaking",
    exercisesCompleted: 1,
    total: 1,
    score,
    improvementAreas,
    durationSeconds: input.durationSeconds,
    results,
  });
}
