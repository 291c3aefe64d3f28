import { GRAMMAR_BANK, type BankExercise } from "@/lib/english/grammar-bank";
import { isStrongChoice, POWER_VERBS, type PowerVerb } from "@/lib/english/power-verbs";

export const SET_SIZE = 5;

type Random = () => number;

/** `count` distinct items in random order (Fisher–Yates on a copy). */
export function pickRandom<T>(items: readonly T[], count: number, random: Random = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

export type GrammarQuestion = Pick<BankExercise, "id" | "sentence" | "category">;

export function grammarSet(random: Random = Math.random): GrammarQuestion[] {
  return pickRandom(GRAMMAR_BANK, SET_SIZE, random).map(({ id, sentence, category }) => ({ id, sentence, category }));
}

export type VocabularyQuestion = { pairId: string; sentence: string; weak: string; options: string[] };

/**
 * The weak verb in context and four strong verbs to choose from: this pair's own and three
 * from other pairs, so the choice is about meaning, not about spotting the strong word.
 */
export function vocabularyQuestion(pair: PowerVerb, random: Random = Math.random): VocabularyQuestion {
  const others = POWER_VERBS.filter((other) => other.id !== pair.id && !isStrongChoice(pair, other.strong[0]));
  const distractors = [...new Set(pickRandom(others, 6, random).map((other) => other.strong[0]))].slice(0, 3);
  return {
    pairId: pair.id,
    sentence: pair.sentence,
    weak: pair.weak,
    options: pickRandom([pair.strong[0], ...distractors], 4, random),
  };
}

export function vocabularySet(random: Random = Math.random): VocabularyQuestion[] {
  return pickRandom(POWER_VERBS, SET_SIZE, random).map((pair) => vocabularyQuestion(pair, random));
}
