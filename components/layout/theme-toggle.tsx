"use client";
import { useState } from "react";
import { THEME_COOKIE, type ThemeChoice } from "@/components/layout/theme-script";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState<ThemeChoice>(initial);

  function cycle() {
    const next = NEXT[choice];
    setChoice(next);
    const root = document.documentElement;
    root.setAttribute("data-theme-choice", next);
    const resolved =
      next === "system" ? (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light") : next;
    root.setAttribute("data-bs-theme", resolved);
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
  }

  return (
    <button type="button" className="btn btn-outline-secondary btn-sm" onClick={cycle} aria-label={`${LABEL[choice]}. Change theme`}>
      {LABEL[choice]}
    </button>
  );
}
