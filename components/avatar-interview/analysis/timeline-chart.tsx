"use client";
import { CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartType, type Plugin } from "chart.js";
import { Line } from "react-chartjs-2";
import type { TimelinePoint, AnswerMarker } from "@/lib/interview-session/avatar/analysis/timeline";

declare module "chart.js" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match Chart.js's declaration
  interface PluginOptionsByType<TType extends ChartType> {
    answerMarkers?: { answers: AnswerMarker[] };
  }
}

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Dashed vertical lines where each answer starts, labelled Q1, Q2… */
const answerMarkers: Plugin<"line", { answers?: AnswerMarker[] }> = {
  id: "answerMarkers",
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    if (!x) return;
    ctx.save();
    ctx.strokeStyle = "#6c757d";
    ctx.fillStyle = "#495057";
    ctx.setLineDash([4, 4]);
    ctx.font = "11px sans-serif";
    for (const answer of options.answers ?? []) {
      const left = x.getPixelForValue(answer.recordingOffsetMs / 1000);
      if (left < chartArea.left || left > chartArea.right) continue;
      ctx.beginPath();
      ctx.moveTo(left, chartArea.top);
      ctx.lineTo(left, chartArea.bottom);
      ctx.stroke();
      ctx.fillText(`Q${answer.position}`, left + 3, chartArea.top + 10);
    }
    ctx.restore();
  },
};

const SERIES = [
  { key: "faceVisible", label: "Face visible", color: "#0d6efd" },
  { key: "lookingAtCamera", label: "Looking at camera", color: "#198754" },
  { key: "steady", label: "Steady head", color: "#fd7e14" },
  { key: "posture", label: "Level, upright shoulders", color: "#6f42c1" },
] as const;

export default function TimelineChart({ points, answers }: { points: TimelinePoint[]; answers: AnswerMarker[] }) {
  return (
    <Line
      plugins={[answerMarkers]}
      data={{
        datasets: SERIES.map((series) => ({
          label: series.label,
          data: points.map((point) => ({ x: point.seconds, y: point[series.key] })),
          borderColor: series.color,
          backgroundColor: series.color,
          pointRadius: 0,
          borderWidth: 2,
          spanGaps: false,
          tension: 0.2,
        })),
      }}
      options={{
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { type: "linear", min: 0, title: { display: true, text: "Seconds into the recording" } },
          y: { min: 0, max: 100, title: { display: true, text: "% of samples" } },
        },
        plugins: {
          legend: { position: "bottom", labels: { boxWidth: 12 } },
          answerMarkers: { answers },
        },
      }}
    />
  );
}
