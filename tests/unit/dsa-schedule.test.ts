import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, Rating, State } from "ts-fsrs";
import { endOfDay, fromFsrsCard, previewDue, review, startOfDay, toFsrsCard, type CardFields } from "@/lib/dsa/schedule";
import { suggestRating } from "@/lib/dsa/rating";
import { RATINGS } from "@/lib/dsa/schema";

const NOW = new Date("2031-05-14T10:30:00.000Z");
const DAY = 86_400_000;

describe("review scheduling with ts-fsrs", () => {
  it("schedules a new problem rated Good for a later day, not later today", () => {
    const card = review(null, "good", NOW);
    expect(card.due.getTime()).toBeGreaterThan(endOfDay(NOW).getTime());
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(card.reps).toBe(1);
    expect(card.state).toBe(State.Review);
    expect(card.lastReview).toEqual(NOW);
  });

  it("brings Again back sooner than Hard, Hard sooner than Good, Good sooner than Easy", () => {
    const due = RATINGS.map((rating) => review(null, rating, NOW).due.getTime());
    expect(due[0]).toBeLessThan(due[1]!);
    expect(due[1]).toBeLessThan(due[2]!);
    expect(due[2]).toBeLessThan(due[3]!);
    expect(due[0]).toBeGreaterThan(NOW.getTime());
  });

  it("matches ts-fsrs itself (no hand-written formula) across a series of reviews", () => {
    const reference = fsrs({ enable_short_term: false });
    let expected = createEmptyCard(NOW);
    let stored: CardFields | null = null;
    let at = NOW;
    for (const [name, grade] of [
      ["good", Rating.Good],
      ["again", Rating.Again],
      ["easy", Rating.Easy],
    ] as const) {
      expected = reference.next(expected, at, grade).card;
      stored = review(stored, name, at);
      expect(stored).toEqual(fromFsrsCard(expected));
      at = stored.due;
    }
    expect(stored!.lapses).toBe(1);
    expect(stored!.reps).toBe(3);
  });

  it("lengthens the interval after a second Good at the due date", () => {
    const first = review(null, "good", NOW);
    const second = review(first, "good", first.due);
    expect(second.scheduledDays).toBeGreaterThan(first.scheduledDays);
  });

  it("round-trips a stored row through the ts-fsrs Card shape", () => {
    const row = review(review(null, "hard", NOW), "good", new Date(NOW.getTime() + 3 * DAY));
    const card = toFsrsCard(row);
    expect(card).toMatchObject({ due: row.due, stability: row.stability, difficulty: row.difficulty, reps: row.reps, state: row.state });
    expect(fromFsrsCard(card)).toEqual(row);
    expect(fromFsrsCard(toFsrsCard({ ...row, lastReview: null })).lastReview).toBeNull();
  });

  it("refuses a stored state ts-fsrs does not know", () => {
    expect(() => toFsrsCard({ ...review(null, "good", NOW), state: 9 })).toThrow(/state 9/);
  });

  it("treats a review before the last one (clock set back) as happening at the last review", () => {
    const first = review(null, "good", NOW);
    const second = review(first, "good", new Date(NOW.getTime() - 5 * DAY));
    expect(second.lastReview).toEqual(NOW);
  });

  it("previews the same due dates the review would give", () => {
    const current = review(null, "hard", NOW);
    const at = new Date(NOW.getTime() + 2 * DAY);
    const preview = previewDue(current, at);
    for (const rating of RATINGS) expect(preview[rating]).toEqual(review(current, rating, at).due);
  });

  it("bounds a day in the server's time zone", () => {
    const start = startOfDay(NOW);
    const end = endOfDay(NOW);
    expect(end.getTime() - start.getTime()).toBe(DAY - 1);
    expect(start.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(end.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
  });
});

describe("the preselected rating", () => {
  it("is Again when unsolved, whatever the time", () => {
    expect(suggestRating(false, 5, "easy")).toBe("again");
    expect(suggestRating(false, null, "hard")).toBe("again");
  });

  it("is Easy when solved in half the target time or less", () => {
    expect(suggestRating(true, 15, "medium")).toBe("easy");
    expect(suggestRating(true, 7, "easy")).toBe("easy");
  });

  it("is Good within the target and Hard over it", () => {
    expect(suggestRating(true, 16, "medium")).toBe("good");
    expect(suggestRating(true, 30, "medium")).toBe("good");
    expect(suggestRating(true, 31, "medium")).toBe("hard");
    expect(suggestRating(true, 46, "hard")).toBe("hard");
  });

  it("is Good for a solve without a time", () => {
    expect(suggestRating(true, null, "medium")).toBe("good");
  });
});
