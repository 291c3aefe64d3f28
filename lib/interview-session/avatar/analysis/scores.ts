// Session scores (0–100) from a list of samples. Pure; thresholds documented
// in docs/decisions/016-recording-and-face-analysis.md.
import type { Sample } from "@/lib/interview-session/avatar/analysis/sample";

/** Head movement at or below this between two samples counts as a steady head. */
export const HEAD_STILL = 0.15;
/** Shoulders within this many degrees of level count as level. */
export const LEVEL_SHOULDERS_DEG = 8;

type Scored = Pick<Sample, "faceVisible" | "lookingAtCamera" | "headMovement" | "shoulderTilt" | "slouching">;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Good posture in a sample: shoulders level and not slouching. Null when the shoulders were not seen. */
export function goodPosture(sample: Pick<Sample, "shoulderTilt" | "slouching">): boolean | null {
  if (sample.shoulderTilt === null) return null;
  return Math.abs(sample.shoulderTilt) <= LEVEL_SHOULDERS_DEG && sample.slouching !== true;
}

/** A steady head in a sample; null when movement was not measured (no face, or first of a run). */
export function steadyHead(sample: Pick<Sample, "headMovement">): boolean | null {
  return sample.headMovement === null ? null : sample.headMovement <= HEAD_STILL;
}

export type AnalysisSummary = {
  samples: number;
  faceVisiblePct: number;
  lookingAtCameraPct: number;
  /** Share of measured samples with a steady head. */
  steadyPct: number;
  /** Share of samples with shoulders seen that had level shoulders and no slouch. */
  goodPosturePct: number;
};

export function summarize(samples: readonly Scored[]): AnalysisSummary {
  const visible = samples.filter((sample) => sample.faceVisible).length;
  const looking = samples.filter((sample) => sample.lookingAtCamera).length;
  const steadiness = samples.map(steadyHead).filter((value): value is boolean => value !== null);
  const posture = samples.map(goodPosture).filter((value): value is boolean => value !== null);
  return {
    samples: samples.length,
    faceVisiblePct: percent(visible, samples.length),
    lookingAtCameraPct: percent(looking, samples.length),
    steadyPct: percent(steadiness.filter(Boolean).length, steadiness.length),
    goodPosturePct: percent(posture.filter(Boolean).length, posture.length),
  };
}

/** Posture score: the share of samples (with shoulders in view) showing level shoulders and no slouch. Null when never measured. */
export function postureScore(samples: readonly Scored[]): number | null {
  const posture = samples.map(goodPosture).filter((value): value is boolean => value !== null);
  if (posture.length === 0) return null;
  return Math.round((posture.filter(Boolean).length / posture.length) * 100);
}

/**
 * Engagement score: 40% face in view, 40% turned towards the camera, 20% steady
 * head (over the samples where movement was measured; full marks when it never was).
 * It measures what the camera saw, not attention or feelings. Null without samples.
 */
export function engagementScore(samples: readonly Scored[]): number | null {
  if (samples.length === 0) return null;
  const visible = samples.filter((sample) => sample.faceVisible).length / samples.length;
  const looking = samples.filter((sample) => sample.lookingAtCamera).length / samples.length;
  const steadiness = samples.map(steadyHead).filter((value): value is boolean => value !== null);
  const steady = steadiness.length === 0 ? (visible > 0 ? 1 : 0) : steadiness.filter(Boolean).length / steadiness.length;
  return Math.round(100 * (0.4 * visible + 0.4 * looking + 0.2 * steady));
}
