"use client";
// The Chart.js charts. This module is only ever loaded through lazy-charts.tsx
// (next/dynamic, ssr: false), so Chart.js stays out of every page's first load
// and the page shows its numbers and tables before any chart draws.
import { useEffect, useState } from "react";
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadialLinearScale,
  Tooltip,
  type ChartOptions,
  type ScriptableContext,
} from "chart.js";
import { Bar, Line, Radar, Scatter } from "react-chartjs-2";
import {
  DIFFICULTY_LABEL,
  PRACTICE_TYPE_LABELS,
  QUESTION_TYPE_LABEL,
  SKILL_LABELS,
  STATUS_LABEL,
  addDays,
  daysBetween,
  type AnalyticsData,
} from "@/lib/analytics/types";
import { TYPE_COLORS, formatBucket, formatDay, scoreSeries } from "@/components/analytics/format";

ChartJS.register(CategoryScale, LinearScale, RadialLinearScale, PointElement, LineElement, BarElement, Filler, Tooltip, Legend);

type Theme = { text: string; grid: string; empty: string };

function readTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const dark = document.documentElement.getAttribute("data-bs-theme") === "dark";
  return {
    text: style.getPropertyValue("--bs-body-color").trim() || (dark ? "#dee2e6" : "#212529"),
    grid: style.getPropertyValue("--bs-border-color").trim() || (dark ? "#495057" : "#dee2e6"),
    empty: dark ? "rgba(255,255,255,0.08)" : "rgba(0,0,0,0.07)",
  };
}

/** Text and grid colours from Bootstrap's variables, updated when the theme switches. */
function useTheme(): Theme {
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(readTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-bs-theme"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

function axes(theme: Theme, y: { min?: number; max?: number; title?: string } = {}) {
  return {
    x: { ticks: { color: theme.text, maxRotation: 0, autoSkip: true }, grid: { color: theme.grid } },
    y: {
      min: y.min,
      max: y.max,
      ticks: { color: theme.text, precision: 0 },
      grid: { color: theme.grid },
      title: y.title ? { display: true, text: y.title, color: theme.text } : undefined,
    },
  };
}

const legend = (theme: Theme) => ({ labels: { color: theme.text, boxWidth: 12 } });

type ChartProps<K extends keyof AnalyticsData> = { data: Pick<AnalyticsData, K>; label: string };

export function ScoreOverTimeChart({ data, label }: ChartProps<"scoreOverTime" | "range">) {
  const theme = useTheme();
  const { buckets, series } = scoreSeries(data);
  const options: ChartOptions<"line"> = {
    responsive: true,
    maintainAspectRatio: false,
    spanGaps: true,
    scales: axes(theme, { min: 0, max: 100, title: "Score (0–100)" }),
    plugins: { legend: legend(theme) },
  };
  return (
    <Line
      role="img"
      aria-label={label}
      options={options}
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

export function SkillsRadarChart({ data, label }: ChartProps<"skills">) {
  const theme = useTheme();
  const skills = data.skills.filter((s) => s.value !== null);
  const options: ChartOptions<"radar"> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      r: {
        min: 0,
        max: 100,
        ticks: { color: theme.text, backdropColor: "transparent", stepSize: 25 },
        grid: { color: theme.grid },
        angleLines: { color: theme.grid },
        pointLabels: { color: theme.text },
      },
    },
    plugins: { legend: { display: false } },
  };
  return (
    <Radar
      role="img"
      aria-label={label}
      options={options}
      data={{
        labels: skills.map((s) => SKILL_LABELS[s.skill]),
        datasets: [
          {
            label: "Skill (0–100)",
            data: skills.map((s) => s.value ?? 0),
            borderColor: TYPE_COLORS.ai_interview,
            backgroundColor: "rgba(78, 121, 167, 0.25)",
            fill: true,
          },
        ],
      }}
    />
  );
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** GitHub-style grid of the range's days drawn as square points: one column per week, Monday on top. */
export function ActivityHeatmapChart({ data, label }: ChartProps<"activity" | "range">) {
  const theme = useTheme();
  const { from, to } = data.range;
  const counts = new Map(data.activity.days.map((d) => [d.day, d.count]));
  const offset = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const total = daysBetween(from, to) + 1;
  const weeks = Math.ceil((offset + total) / 7);
  const max = Math.max(1, ...data.activity.days.map((d) => d.count));
  const points = Array.from({ length: total }, (_, index) => {
    const day = addDays(from, index);
    return { x: Math.floor((offset + index) / 7), y: (offset + index) % 7, day, count: counts.get(day) ?? 0 };
  });
  const colour = (count: number) => (count === 0 ? theme.empty : `rgba(89, 161, 79, ${0.35 + 0.65 * (count / max)})`);
  const size = (ctx: ScriptableContext<"line">) => {
    const area = ctx.chart.chartArea;
    if (!area) return 4;
    return Math.max(2, Math.min((area.right - area.left) / weeks, (area.bottom - area.top) / 7) / 2 - 1);
  };
  // Month names under the first week column of each month.
  const monthStarts = new Map<number, string>();
  for (const point of points) {
    if (point.day.endsWith("-01") || point === points[0]) monthStarts.set(point.x, MONTHS[Number(point.day.slice(5, 7)) - 1] ?? "");
  }
  const options: ChartOptions<"scatter"> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: {
        min: -0.5,
        max: weeks - 0.5,
        grid: { display: false },
        border: { display: false },
        afterBuildTicks: (axis) => {
          axis.ticks = [...monthStarts.keys()].map((value) => ({ value }));
        },
        ticks: { color: theme.text, autoSkip: true, maxRotation: 0, callback: (value) => monthStarts.get(Number(value)) ?? "" },
      },
      y: {
        min: -0.5,
        max: 6.5,
        reverse: true,
        grid: { display: false },
        border: { display: false },
        afterBuildTicks: (axis) => {
          axis.ticks = [0, 2, 4, 6].map((value) => ({ value }));
        },
        ticks: { color: theme.text, callback: (value) => WEEKDAYS[Number(value)] ?? "" },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item) => {
            const point = points[item.dataIndex];
            return point ? `${formatDay(point.day)}: ${point.count} practised` : "";
          },
        },
      },
    },
  };
  return (
    <Scatter
      role="img"
      aria-label={label}
      options={options}
      data={{
        datasets: [
          {
            label: "Practice per day",
            data: points.map(({ x, y }) => ({ x, y })),
            pointStyle: "rect",
            pointRadius: size,
            pointHoverRadius: size,
            backgroundColor: points.map((p) => colour(p.count)),
            borderWidth: 0,
          },
        ],
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

export function PresenceChart({ data, label }: ChartProps<"presence" | "range">) {
  const theme = useTheme();
  const options: ChartOptions<"line"> = {
    responsive: true,
    maintainAspectRatio: false,
    spanGaps: true,
    scales: axes(theme, { min: 0, max: 100, title: "Score (0–100)" }),
    plugins: { legend: legend(theme) },
  };
  return (
    <Line
      role="img"
      aria-label={label}
      options={options}
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
