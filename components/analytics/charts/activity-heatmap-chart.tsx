"use client";
import type { ChartOptions, ScriptableContext } from "chart.js";
import { Scatter } from "react-chartjs-2";
import { addDays, daysBetween } from "@/lib/analytics/types";
import { formatDay } from "@/components/analytics/format";
import { useTheme, type ChartProps } from "@/components/analytics/charts/options";

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
