"use client";
import dynamic from "next/dynamic";
import type { Sample } from "@/lib/interview-session/avatar/analysis/sample";
import { summarize } from "@/lib/interview-session/avatar/analysis/scores";
import { bucketTimeline, formatOffset, summarizeByAnswer, type AnswerMarker } from "@/lib/interview-session/avatar/analysis/timeline";

// Chart.js is loaded only when a timeline is shown, never on first load.
const TimelineChart = dynamic(() => import("@/components/avatar-interview/analysis/timeline-chart"), {
  ssr: false,
  loading: () => (
    <p className="text-body-secondary small" role="status">
      Loading the chart…
    </p>
  ),
});

type TimelineSample = Pick<Sample, "offsetMs" | "faceVisible" | "lookingAtCamera" | "headMovement" | "shoulderTilt" | "slouching">;

const show = (value: number, measured: boolean) => (measured ? `${Math.round(value)}%` : "not measured");

/**
 * The analysis timeline under the video: face visible, looking at the camera,
 * head steadiness and posture over time, with a marker where each answer
 * starts — and the same information as text (summary + table) for screen readers
 * and anyone who prefers numbers.
 */
export function AnalysisTimeline({ samples, answers }: { samples: readonly TimelineSample[]; answers: readonly AnswerMarker[] }) {
  if (samples.length === 0) return null;
  const overall = summarize(samples);
  const rows = summarizeByAnswer(samples, answers);
  const hasSteady = samples.some((sample) => sample.headMovement !== null);
  const hasPosture = samples.some((sample) => sample.shoulderTilt !== null);
  return (
    <section aria-labelledby="analysis-timeline-title" data-testid="analysis-timeline">
      <h3 id="analysis-timeline-title" className="h6">
        What the camera observed
      </h3>
      <div aria-hidden="true" style={{ position: "relative", height: 220 }}>
        <TimelineChart points={bucketTimeline(samples)} answers={[...answers]} />
      </div>
      <p className="small mt-2 mb-2" data-testid="analysis-summary">
        Over {overall.samples} samples your face was in view {overall.faceVisiblePct}% of the time and facing the camera {overall.lookingAtCameraPct}%;
        {hasSteady ? ` your head was steady ${overall.steadyPct}% of the time` : " head movement was not measured"}
        {hasPosture ? ` and your shoulders were level and upright ${overall.goodPosturePct}% of the time.` : "; your shoulders were not in view."}
      </p>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="table-responsive" tabIndex={0} role="region" aria-label="Camera observations per question">
        <table className="table table-sm small mb-0">
          <caption className="visually-hidden">Camera observations per question</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Starts at</th>
              <th scope="col">Face visible</th>
              <th scope="col">Looking at camera</th>
              <th scope="col">Steady head</th>
              <th scope="col">Level, upright shoulders</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{formatOffset(row.startMs)}</td>
                <td>{show(row.summary.faceVisiblePct, row.summary.samples > 0)}</td>
                <td>{show(row.summary.lookingAtCameraPct, row.summary.samples > 0)}</td>
                <td>{show(row.summary.steadyPct, hasSteady && row.summary.samples > 0)}</td>
                <td>{show(row.summary.goodPosturePct, hasPosture && row.summary.samples > 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
