// Turning samples into what the results page draws and tabulates. Pure.
import type { Sample } from "@/lib/interview-session/avatar/analysis/sample";
import { goodPosture, steadyHead, summarize, type AnalysisSummary } from "@/lib/interview-session/avatar/analysis/scores";

export type TimelinePoint = {
  /** Start of the bucket, in seconds since the recording started. */
  seconds: number;
  faceVisible: number;
  lookingAtCamera: number;
  /** Null when no sample in the bucket measured it. */
  steady: number | null;
  posture: number | null;
};

type Scored = Pick<Sample, "offsetMs" | "faceVisible" | "lookingAtCamera" | "headMovement" | "shoulderTilt" | "slouching">;

const pct = (values: boolean[]) => (values.length === 0 ? null : Math.round((values.filter(Boolean).length / values.length) * 100));

/** Percentages per time bucket (default 2 s): a few samples each, so the lines read as trends rather than 0/1 flicker. */
export function bucketTimeline(samples: readonly Scored[], bucketMs = 2000): TimelinePoint[] {
  const buckets = new Map<number, Scored[]>();
  for (const sample of samples) {
    const key = Math.floor(sample.offsetMs / bucketMs);
    buckets.set(key, [...(buckets.get(key) ?? []), sample]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, group]) => ({
      seconds: (key * bucketMs) / 1000,
      faceVisible: pct(group.map((sample) => sample.faceVisible))!,
      lookingAtCamera: pct(group.map((sample) => sample.lookingAtCamera))!,
      steady: pct(group.map(steadyHead).filter((value): value is boolean => value !== null)),
      posture: pct(group.map(goodPosture).filter((value): value is boolean => value !== null)),
    }));
}

export type AnswerMarker = { position: number; recordingOffsetMs: number };

/** The samples of each answer (from its start to the next answer's start), summarised for the text alternative. */
export function summarizeByAnswer(samples: readonly Scored[], answers: readonly AnswerMarker[]): { label: string; startMs: number; summary: AnalysisSummary }[] {
  const sorted = [...answers].sort((a, b) => a.recordingOffsetMs - b.recordingOffsetMs);
  if (sorted.length === 0) return [{ label: "Whole recording", startMs: 0, summary: summarize(samples) }];
  return sorted.map((answer, i) => {
    const end = sorted[i + 1]?.recordingOffsetMs ?? Number.POSITIVE_INFINITY;
    const within = samples.filter((sample) => sample.offsetMs >= answer.recordingOffsetMs && sample.offsetMs < end);
    return { label: `Question ${answer.position}`, startMs: answer.recordingOffsetMs, summary: summarize(within) };
  });
}

export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
