import { computeMetrics } from "@/lib/ai/local/metrics";
import { tokenize } from "@/lib/ai/local/metrics/tokens";
import { LONG_PAUSE_SECONDS, type ScorePart, type SpeakingResults } from "@/lib/english/schema";
import type { SpeakingDrill } from "@/lib/english/speaking-drills";

/** Words per minute that interviewers find easy to follow. */
export const PACE = { min: 120, max: 160 } as const;

export type SpeakingInput = {
  input: "speech" | "typed";
  transcript: string;
  durationSeconds: number;
  /** Gaps between recognition results in seconds; undefined when they were not measured. */
  pauseGaps?: number[];
};

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
const round1 = (value: number) => Math.round(value * 10) / 10;
const list = (terms: { term: string; count: number }[]) => terms.map((t) => `“${t.term}” ×${t.count}`).join(", ");

/** Share of the passage's words found in what was read, each passage word matched at most once. */
export function readingAccuracy(passage: string, transcript: string): number {
  const wanted = new Map<string, number>();
  const passageTokens = tokenize(passage).tokens;
  for (const token of passageTokens) wanted.set(token.norm, (wanted.get(token.norm) ?? 0) + 1);
  let matched = 0;
  for (const token of tokenize(transcript).tokens) {
    const left = wanted.get(token.norm) ?? 0;
    if (left > 0) {
      wanted.set(token.norm, left - 1);
      matched += 1;
    }
  }
  return passageTokens.length === 0 ? 0 : Math.round((matched / passageTokens.length) * 100) / 100;
}

/**
 * Scores a drill from the shared answer metrics (lib/ai/local/metrics/: fillers, hedges,
 * pace) plus the pauses the browser measured. Every part says how it was computed.
 */
export function analyzeSpeaking(
  drill: SpeakingDrill,
  input: SpeakingInput,
): { results: SpeakingResults; score: number; improvementAreas: string[] } {
  const metrics = computeMetrics({
    question: drill.text,
    answer: input.transcript,
    durationSeconds: input.durationSeconds,
  });
  const words = metrics.wordCount;
  const parts: (ScorePart & { area: string })[] = [];

  const wpm = metrics.wordsPerMinute;
  if (wpm !== null) {
    const away = wpm < PACE.min ? PACE.min - wpm : wpm > PACE.max ? wpm - PACE.max : 0;
    const basis = input.input === "typed" ? " from the time you entered" : "";
    parts.push({
      label: "Pace",
      area: wpm < PACE.min ? "Pace: speak a little faster" : "Pace: slow down",
      score: clamp(100 - 2 * away),
      detail: `${wpm} words per minute${basis}; aim for ${PACE.min}–${PACE.max}.`,
    });
  }
  parts.push({
    label: "Filler words",
    area: "Filler words",
    score: clamp(100 - 20 * metrics.fillerRate),
    detail:
      metrics.fillerCount === 0
        ? "No filler words."
        : `${metrics.fillerCount} filler${metrics.fillerCount === 1 ? "" : "s"} (${metrics.fillerRate} per 100 words): ${list(metrics.fillers)}.`,
  });
  const hedgeRate = words === 0 ? 0 : round1((metrics.hedgeCount * 100) / words);
  parts.push({
    label: "Hedging",
    area: "Hedging",
    score: clamp(100 - 15 * hedgeRate),
    detail:
      metrics.hedgeCount === 0
        ? "No hedges: you sounded sure of yourself."
        : `${metrics.hedgeCount} hedge${metrics.hedgeCount === 1 ? "" : "s"} (${hedgeRate} per 100 words): ${list(metrics.hedges)}.`,
  });

  let pauses: SpeakingResults["pauses"] = null;
  if (input.input === "speech" && input.pauseGaps) {
    const long = input.pauseGaps.filter((gap) => gap > LONG_PAUSE_SECONDS);
    pauses = { count: long.length, longestSeconds: round1(Math.max(0, ...input.pauseGaps)) };
    parts.push({
      label: "Long pauses",
      area: "Long pauses",
      score: clamp(100 - 15 * long.length),
      detail:
        long.length === 0
          ? `No pause longer than ${LONG_PAUSE_SECONDS} seconds.`
          : `${long.length} pause${long.length === 1 ? "" : "s"} over ${LONG_PAUSE_SECONDS} seconds; the longest was ${pauses.longestSeconds} s.`,
    });
  }

  let accuracy: number | null = null;
  if (drill.kind === "passage") {
    accuracy = readingAccuracy(drill.text, input.transcript);
    parts.push({
      label: "Reading accuracy",
      area: "Reading accuracy",
      score: clamp(accuracy * 100),
      detail: `${Math.round(accuracy * 100)}% of the passage's words were heard.`,
    });
  }

  const score = clamp(parts.reduce((sum, part) => sum + part.score, 0) / parts.length);
  return {
    score,
    improvementAreas: parts.filter((part) => part.score < 70).map((part) => part.area),
    results: {
      kind: "speaking",
      drillId: drill.id,
      drillKind: drill.kind,
      drillTitle: drill.title,
      input: input.input,
      transcript: input.transcript,
      wordCount: words,
      durationSeconds: input.durationSeconds,
      wordsPerMinute: wpm,
      fillers: metrics.fillers,
      fillerCount: metrics.fillerCount,
      fillerRate: metrics.fillerRate,
      hedges: metrics.hedges,
      hedgeCount: metrics.hedgeCount,
      pauses,
      accuracy,
      parts: parts.map(({ label, score: partScore, detail }) => ({ label, score: partScore, detail })),
    },
  };
}
