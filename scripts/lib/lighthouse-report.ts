// The pure half of `npm run lighthouse`: which pages are audited, the goals they are held to,
// the median of repeated runs and the printed summary. Kept apart from the script that starts
// servers and browsers so tests/unit/lighthouse-report.test.ts can check it in milliseconds.
import { PAGES } from "@/lib/pages";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

export type AuditedPage = {
  /** A short name for the summary and the report file. */
  name: string;
  /** The page as lib/pages.ts spells it, so a renamed page breaks the unit test, not the audit. */
  page: string;
  /** Audited with the logged-in user's session cookie. */
  signedIn: boolean;
};

// The seven pages of issue #17: the three pages a visitor meets first, the pages a student
// uses most, and the page an instructor or employer opens from a share link.
export const AUDITED_PAGES: readonly AuditedPage[] = [
  { name: "landing", page: "/", signedIn: false },
  { name: "login", page: "/login", signedIn: false },
  { name: "register", page: "/register", signedIn: false },
  { name: "dashboard", page: "/dashboard", signedIn: true },
  { name: "mock-interview", page: "/ai-interview/[id]", signedIn: true },
  { name: "english", page: "/english", signedIn: true },
  { name: "share-link", page: "/share/[token]", signedIn: false },
];

/** The goal of issue #17 for public pages; signed-in pages are reported against the same figures. */
export const GOALS: Scores = { performance: 95, accessibility: 100, "best-practices": 95, seo: 90 };

/** Whether the page is public in lib/pages.ts, where the goal is binding. */
export function isPublic(page: AuditedPage): boolean {
  return PAGES.find((entry) => entry.path === page.page)?.access === "public";
}

/** Fills the page's [id]/[token] from the data the script created. */
export function pageUrl(base: string, page: AuditedPage, params: Record<string, string>): string {
  const path = page.page.replace(/\[(\w+)\]/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`no value for [${key}] in ${page.page}`);
    return encodeURIComponent(value);
  });
  return new URL(path, base).toString();
}

/** Lighthouse scores are 0..1 (or null when a category could not run); the goals are 0..100. */
export function toScores(categories: Record<string, { score: number | null } | undefined>): Scores {
  const scores = {} as Scores;
  for (const category of CATEGORIES) scores[category] = Math.round((categories[category]?.score ?? 0) * 100);
  return scores;
}

/** The median of each category over repeated runs: one slow run on a shared machine does not decide. */
export function medianScores(runs: readonly Scores[]): Scores {
  if (runs.length === 0) throw new Error("no runs");
  const result = {} as Scores;
  for (const category of CATEGORIES) {
    const sorted = runs.map((run) => run[category]).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    result[category] = sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
  }
  return result;
}

/** The categories below their goal. */
export function shortfalls(scores: Scores): Category[] {
  return CATEGORIES.filter((category) => scores[category] < GOALS[category]);
}

export type PageResult = { page: AuditedPage; scores: Scores; runs: number };

/** A fixed-width table, one row per page, with the categories below goal marked by "*". */
export function formatSummary(results: readonly PageResult[]): string {
  const header = ["page", "perf", "a11y", "best", "seo", "runs", "goal"];
  const rows = results.map(({ page, scores, runs }) => {
    const missed = shortfalls(scores);
    const cell = (category: Category) => `${scores[category]}${missed.includes(category) ? "*" : ""}`;
    const verdict = missed.length === 0 ? "met" : isPublic(page) ? "MISSED" : "missed (signed-in)";
    return [page.name, ...CATEGORIES.map(cell), String(runs), verdict];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  const goal = `goal: performance >= ${GOALS.performance}, accessibility ${GOALS.accessibility}, best practices >= ${GOALS["best-practices"]}, SEO >= ${GOALS.seo}; * below goal`;
  return [line(header), ...rows.map(line), goal].join("\n");
}
