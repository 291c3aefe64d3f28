"use client";
// What every chart shares: the Chart.js registration, the colours read from Bootstrap's theme
// and the axis and legend options. Only the chart modules import this, and they are only ever
// loaded through lazy-charts.tsx (next/dynamic, ssr: false), so Chart.js stays out of every
// page's first load.
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
} from "chart.js";
import type { AnalyticsData } from "@/lib/analytics/types";

ChartJS.register(CategoryScale, LinearScale, RadialLinearScale, PointElement, LineElement, BarElement, Filler, Tooltip, Legend);

export type Theme = { text: string; grid: string; empty: string };

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
export function useTheme(): Theme {
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(readTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-bs-theme"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

export function axes(theme: Theme, y: { min?: number; max?: number; title?: string } = {}) {
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

export const legend = (theme: Theme) => ({ labels: { color: theme.text, boxWidth: 12 } });

export type ChartProps<K extends keyof AnalyticsData> = { data: Pick<AnalyticsData, K>; label: string };
