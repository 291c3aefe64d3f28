"use client";
import { useMemo, useRef } from "react";

/** Gaps shorter than this are the rhythm of speech, not worth sending. */
const MIN_REPORTED_GAP_MS = 1_000;

/**
 * Records when speech recognition reports something (an interim guess or a final phrase);
 * the silences between those moments are the speaker's pauses.
 */
export function usePauseTracker() {
  const marks = useRef<number[]>([]);
  return useMemo(
    () => ({
      mark: () => {
        marks.current.push(performance.now());
      },
      reset: () => {
        marks.current = [];
      },
      /** Gaps of a second or more between results, in seconds with one decimal. */
      gaps: (): number[] => {
        const gaps: number[] = [];
        const all = marks.current;
        for (let i = 1; i < all.length; i++) {
          const gap = (all[i] ?? 0) - (all[i - 1] ?? 0);
          if (gap >= MIN_REPORTED_GAP_MS) gaps.push(Math.round(gap / 100) / 10);
        }
        return gaps.slice(0, 500);
      },
    }),
    [],
  );
}
