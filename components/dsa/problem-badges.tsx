import { categoryLabel, DIFFICULTY_LABELS } from "@/lib/dsa/schema";
import type { Difficulty } from "@/lib/questions/schema";

const DIFFICULTY_TONE: Record<Difficulty, string> = { easy: "success", medium: "warning", hard: "danger" };

/** Difficulty and category, in words (colour is only a second cue). */
export function ProblemBadges({ difficulty, category }: { difficulty: Difficulty; category: string }) {
  return (
    <span className="d-inline-flex flex-wrap gap-1">
      <span className={`badge text-bg-${DIFFICULTY_TONE[difficulty]}`}>{DIFFICULTY_LABELS[difficulty]}</span>
      <span className="badge text-bg-secondary">{categoryLabel(category)}</span>
    </span>
  );
}
