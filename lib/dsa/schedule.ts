import { createEmptyCard, fsrs, State, type Card, type Grade } from "ts-fsrs";
import { RATING_VALUES, RATINGS, type RatingName } from "@/lib/dsa/schema";

/** The scheduling columns of a dsa_review_card row. */
export type CardFields = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

// Short-term (minutes-apart) learning steps suit flashcards, not coding
// problems: with them a new problem rated Good would be due again ten minutes
// later. Without them every grade schedules whole days (Again 1, Good 3, …).
const scheduler = fsrs({ enable_short_term: false });

const STATES = new Set<number>([State.New, State.Learning, State.Review, State.Relearning]);

export function toFsrsCard(row: CardFields): Card {
  if (!STATES.has(row.state)) throw new Error(`dsa_review_card.state ${row.state} is not a ts-fsrs State`);
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: Card): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** ts-fsrs refuses a review before the last one; a clock set back (tests, skew) counts as the same moment. */
function reviewTime(row: CardFields | null, at: Date): Date {
  return row?.lastReview && at < row.lastReview ? row.lastReview : at;
}

/** The stored form of a card that has never been reviewed. */
export function emptyCard(at: Date): CardFields {
  return fromFsrsCard(createEmptyCard(at));
}

// A row that was never reviewed (reps 0) is a placeholder: start from ts-fsrs's own empty card.
function startingCard(row: CardFields | null, when: Date): Card {
  return row && row.reps > 0 ? toFsrsCard(row) : createEmptyCard(when);
}

/** The card after a review graded `rating` at `at`; a problem never reviewed starts from an empty card. */
export function review(row: CardFields | null, rating: RatingName, at: Date): CardFields {
  const when = reviewTime(row, at);
  const card = startingCard(row, when);
  return fromFsrsCard(scheduler.next(card, when, RATING_VALUES[rating] as Grade).card);
}

/** When each grade would schedule the next review, shown beside the choices on the form. */
export function previewDue(row: CardFields | null, at: Date): Record<RatingName, Date> {
  const when = reviewTime(row, at);
  const card = startingCard(row, when);
  const preview = scheduler.repeat(card, when);
  return Object.fromEntries(RATINGS.map((name) => [name, preview[RATING_VALUES[name] as Grade].card.due])) as Record<RatingName, Date>;
}

/** The last moment of `at`'s calendar day in the server's time zone: the due queue's horizon. */
export function endOfDay(at: Date): Date {
  const end = new Date(at);
  end.setHours(23, 59, 59, 999);
  return end;
}

export function startOfDay(at: Date): Date {
  const start = new Date(at);
  start.setHours(0, 0, 0, 0);
  return start;
}
