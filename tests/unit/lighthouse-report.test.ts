import { describe, expect, it } from "vitest";
import { PAGES } from "@/lib/pages";
import { AUDITED_PAGES, GOALS, formatSummary, isPublic, medianScores, pageUrl, shortfalls, toScores, type Scores } from "@/scripts/lib/lighthouse-report";

const scores = (performance: number, accessibility: number, bestPractices: number, seo: number): Scores => ({
  performance,
  accessibility,
  "best-practices": bestPractices,
  seo,
});

describe("the pages npm run lighthouse audits", () => {
  it("are the seven pages of issue #17, each a page of lib/pages.ts", () => {
    expect(AUDITED_PAGES.map((page) => page.page)).toEqual([
      "/",
      "/login",
      "/register",
      "/dashboard",
      "/ai-interview/[id]",
      "/english",
      "/share/[token]",
    ]);
    for (const audited of AUDITED_PAGES) {
      const entry = PAGES.find((page) => page.path === audited.page);
      expect(entry, audited.page).toBeDefined();
      // A signed-in page audited without the cookie would be scored as the login page.
      expect(audited.signedIn, audited.page).toBe(entry!.access === "signed-in");
    }
    expect(new Set(AUDITED_PAGES.map((page) => page.name)).size).toBe(AUDITED_PAGES.length);
  });

  it("fills path parameters from the created data and refuses to guess a missing one", () => {
    const share = AUDITED_PAGES.find((page) => page.name === "share-link")!;
    expect(pageUrl("http://localhost:3950", share, { token: "abc_-1" })).toBe("http://localhost:3950/share/abc_-1");
    expect(() => pageUrl("http://localhost:3950", share, { id: "x" })).toThrow("[token]");
    expect(isPublic(share)).toBe(true);
    expect(isPublic(AUDITED_PAGES.find((page) => page.name === "dashboard")!)).toBe(false);
  });
});

describe("scores", () => {
  it("turns Lighthouse's 0..1 scores into whole points, a category that did not run into 0", () => {
    expect(toScores({ performance: { score: 0.955 }, accessibility: { score: 1 }, "best-practices": { score: null } })).toEqual(scores(96, 100, 0, 0));
  });

  it("takes the median of each category separately", () => {
    expect(medianScores([scores(60, 100, 96, 100), scores(90, 98, 100, 100), scores(70, 100, 100, 92)])).toEqual(scores(70, 100, 100, 100));
    expect(medianScores([scores(60, 100, 96, 100), scores(71, 100, 100, 90)])).toEqual(scores(66, 100, 98, 95));
    expect(() => medianScores([])).toThrow();
  });

  it("holds each category to the goal of issue #17, the boundary included", () => {
    expect(GOALS).toEqual(scores(95, 100, 95, 90));
    expect(shortfalls(scores(95, 100, 95, 90))).toEqual([]);
    expect(shortfalls(scores(94, 99, 95, 89))).toEqual(["performance", "accessibility", "seo"]);
  });

  it("prints one aligned row per page, marks what is below goal and says whether the page is public", () => {
    const [landing, , , dashboard] = AUDITED_PAGES;
    const summary = formatSummary([
      { page: landing!, scores: scores(96, 100, 100, 100), runs: 3 },
      { page: dashboard!, scores: scores(64, 100, 96, 100), runs: 3 },
    ]);
    expect(summary.split("\n")).toEqual([
      "page       perf  a11y  best  seo  runs  goal",
      "landing    96    100   100   100  3     met",
      "dashboard  64*   100   96    100  3     missed (signed-in)",
      "goal: performance >= 95, accessibility 100, best practices >= 95, SEO >= 90; * below goal",
    ]);
    const missed = formatSummary([{ page: landing!, scores: scores(80, 100, 100, 100), runs: 1 }]);
    expect(missed).toContain("80*");
    expect(missed).toContain("MISSED");
  });
});
