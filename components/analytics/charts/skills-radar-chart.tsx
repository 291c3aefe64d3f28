"use client";
import type { ChartOptions } from "chart.js";
import { Radar } from "react-chartjs-2";
import { SKILL_LABELS } from "@/lib/analytics/types";
import { TYPE_COLORS } from "@/components/analytics/format";
import { useTheme, type ChartProps } from "@/components/analytics/charts/options";

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
