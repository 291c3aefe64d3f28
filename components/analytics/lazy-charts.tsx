"use client";
// Chart code is split from the first load: each chart is fetched after the page
// (with its numbers and tables) has rendered, and never rendered on the server. Each chart
// family is its own chunk, so a page loads only the charts it shows.
import dynamic from "next/dynamic";

function ChartLoading() {
  return (
    <div className="d-flex h-100 align-items-center justify-content-center small text-body-secondary" aria-hidden="true">
      Loading chart…
    </div>
  );
}

// next/dynamic needs its options written as an object literal at each call.
export const ScoreOverTimeChart = dynamic(() => import("@/components/analytics/charts/line-charts").then((m) => m.ScoreOverTimeChart), { ssr: false, loading: ChartLoading });
export const QuestionTypeChart = dynamic(() => import("@/components/analytics/charts/bar-charts").then((m) => m.QuestionTypeChart), { ssr: false, loading: ChartLoading });
export const SkillsRadarChart = dynamic(() => import("@/components/analytics/charts/skills-radar-chart").then((m) => m.SkillsRadarChart), { ssr: false, loading: ChartLoading });
export const ActivityHeatmapChart = dynamic(() => import("@/components/analytics/charts/activity-heatmap-chart").then((m) => m.ActivityHeatmapChart), { ssr: false, loading: ChartLoading });
export const PipelineChart = dynamic(() => import("@/components/analytics/charts/bar-charts").then((m) => m.PipelineChart), { ssr: false, loading: ChartLoading });
export const DsaDifficultyChart = dynamic(() => import("@/components/analytics/charts/bar-charts").then((m) => m.DsaDifficultyChart), { ssr: false, loading: ChartLoading });
export const PresenceChart = dynamic(() => import("@/components/analytics/charts/line-charts").then((m) => m.PresenceChart), { ssr: false, loading: ChartLoading });
