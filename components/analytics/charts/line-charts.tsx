"use client";
// Scores over time, one line per series on a 0–100 axis.
import type { ChartOptions } from "chart.js";
import { Line } from "react-chartjs-2";
import { PRACTICE_TYPE_LABELS } from "@/lib/analytics/types";
import { TYPE_COLORS, formatBucket, scoreSeries } from "@/components/analytics/format";
import { axes, legend, useTheme, type ChartProps, type Theme } from "@/components/analytics/charts/options";

const scoreLineOptions = (theme: Theme): ChartOptions<"line"> => ({
  responsive: true,
  maintainAspectRatio: false,
  spanGaps: true,
  scales: axes(theme, { min: 0, max: 100, title: "Score (0–100)" }),
  plugins: { legend: legend(theme) },
});

export function ScoreOverTimeChart({ data, label }: ChartProps<"scoreOverTime" | "range">) {
  const theme = useTheme();
  const { buckets, series } = scoreSeries(data);
  return (
    <Line
      role="img"
      aria-label={label}
      options={scoreLineOptions(theme)}
      data={{
        labels: buckets.map((b) => formatBucket(b, data.range.bucket)),
        datasets: series.map((s) => ({
          label: PRACTICE_TYPE_LABELS[s.type],
          data: s.values,
          borderColor: TYPE_COLORS[s.type],
          backgroundColor: TYPE_COLORS[s.type],
          tension: 0.25,
        })),
      }}
    />
  );
}

export function PresenceChart({ data, label }: ChartProps<"presence" | "range">) {
  const theme = useTheme();
  return (
    <Line
      role="img"
      aria-label={label}
      options={scoreLineOptions(theme)}
      data={{
        labels: data.presence.map((p) => formatBucket(p.bucket, data.range.bucket)),
        datasets: [
          { label: "Posture", data: data.presence.map((p) => p.posture), borderColor: "#f28e2b", backgroundColor: "#f28e2b" },
          { label: "Engagement", data: data.presence.map((p) => p.engagement), borderColor: "#4e79a7", backgroundColor: "#4e79a7" },
        ],
      }}
    />
  );
}
