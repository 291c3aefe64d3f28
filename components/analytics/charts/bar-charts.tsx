"use client";
// Counts and averages per category.
import type { ChartOptions } from "chart.js";
import { Bar } from "react-chartjs-2";
import { DIFFICULTY_LABEL, QUESTION_TYPE_LABEL, STATUS_LABEL } from "@/lib/analytics/types";
import { TYPE_COLORS } from "@/components/analytics/format";
import { axes, legend, useTheme, type ChartProps } from "@/components/analytics/charts/options";

export function QuestionTypeChart({ data, label }: ChartProps<"byQuestionType">) {
  const theme = useTheme();
  const options: ChartOptions<"bar"> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: axes(theme, { min: 0, max: 10, title: "Average score (1–10)" }),
    plugins: { legend: { display: false } },
  };
  return (
    <Bar
      role="img"
      aria-label={label}
      options={options}
      data={{
        labels: data.byQuestionType.map((q) => QUESTION_TYPE_LABEL[q.questionType]),
        datasets: [{ label: "Average score", data: data.byQuestionType.map((q) => q.average), backgroundColor: TYPE_COLORS.ai_interview }],
      }}
    />
  );
}

export function PipelineChart({ data, label }: ChartProps<"pipeline">) {
  const theme = useTheme();
  const options: ChartOptions<"bar"> = {
    indexAxis: "y",
    responsive: true,
    maintainAspectRatio: false,
    scales: { x: { ticks: { color: theme.text, precision: 0 }, grid: { color: theme.grid }, min: 0 }, y: { ticks: { color: theme.text }, grid: { display: false } } },
    plugins: { legend: { display: false } },
  };
  return (
    <Bar
      role="img"
      aria-label={label}
      options={options}
      data={{
        labels: data.pipeline.map((p) => STATUS_LABEL[p.status]),
        datasets: [{ label: "Interviews", data: data.pipeline.map((p) => p.count), backgroundColor: ["#4e79a7", "#76b7b2", "#59a14f", "#e15759", "#9c9c9c"] }],
      }}
    />
  );
}

export function DsaDifficultyChart({ data, label }: ChartProps<"dsa">) {
  const theme = useTheme();
  const options: ChartOptions<"bar"> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: axes(theme, { min: 0, title: "Problems" }),
    plugins: { legend: legend(theme) },
  };
  return (
    <Bar
      role="img"
      aria-label={label}
      options={options}
      data={{
        labels: data.dsa.map((d) => DIFFICULTY_LABEL[d.difficulty]),
        datasets: [
          { label: "Attempted", data: data.dsa.map((d) => d.attempted), backgroundColor: "#9c9c9c" },
          { label: "Solved", data: data.dsa.map((d) => d.solved), backgroundColor: TYPE_COLORS.dsa },
        ],
      }}
    />
  );
}
