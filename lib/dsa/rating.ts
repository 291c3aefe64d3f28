import type { Difficulty } from "@/lib/questions/schema";
import type { RatingName } from "@/lib/dsa/schema";

/** Roughly what an interviewer allows for one problem of each difficulty. */
export const TARGET_MINUTES: Record<Difficulty, number> = { easy: 15, medium: 30, hard: 45 };

/**
 * The grade the form preselects: unsolved → Again, solved within half the
 * target time → Easy, over the target → Hard, otherwise Good. Without a time
 * there is nothing to call fast or slow, so a solve is Good.
 */
export function suggestRating(solved: boolean, minutes: number | null, difficulty: Difficulty): RatingName {
  if (!solved) return "again";
  if (minutes === null || !Number.isFinite(minutes)) return "good";
  const target = TARGET_MINUTES[difficulty];
  if (minutes <= target / 2) return "easy";
  if (minutes > target) return "hard";
  return "good";
}
