import type { Locator, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type TestUser } from "./fixtures";
import type { Factories } from "../tests/factories";

// The server's clock (lib/clock.ts) is fixed so days, weeks and the streak are known.
const NOW = "2032-03-10T12:00:00.000Z"; // a Wednesday

async function setClock(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([
    { name: "test-now", value: NOW, url: baseURL! },
    { name: "tz", value: "UTC", url: baseURL! },
  ]);
}

function metrics(star: boolean, fillerRate: number) {
  return {
    wordCount: 120,
    sentenceCount: 6,
    durationSeconds: null,
    wordsPerMinute: null,
    fillers: [],
    fillerCount: 0,
    fillerRate,
    hedges: [],
    hedgeCount: 0,
    star: { situation: star, task: star, action: star, result: star, evidence: {} },
    numbers: ["30%"],
    concreteResults: star ? 1 : 0,
    talkingPoints: { covered: ["a"], missed: ["b"], coverage: 0.5 },
    relevance: { score: star ? 0.8 : 0.1, verdict: star ? "on-topic" : "off-topic", reason: "r" },
    coherence: { score: star ? 0.9 : 0.3, issue: null },
    claims: { status: "not-checked", topics: [], checked: [], contradicted: [] },
  };
}

/** Two scored mock-interview answers, an English session, two DSA attempts and two interviews, on four days in a row. */
async function seedPractice(factories: Factories, user: TestUser) {
  const at = (iso: string) => new Date(iso);
  const answer = { answerText: "Answer", createdAt: at("2032-03-07T11:00:00Z") };
  await factories.createSession(user.id, {
    role: "Dev",
    createdAt: at("2032-03-07T11:00:00Z"),
    answers: [
      { ...answer, questionText: "Tell me about a conflict", questionType: "behavioral", answeredAt: at("2032-03-07T12:00:00Z"), score: 8, metrics: metrics(true, 1) },
      { ...answer, questionText: "Explain an index", questionType: "technical", answeredAt: at("2032-03-08T12:00:00Z"), score: 6, metrics: metrics(false, 3) },
    ],
  });
  await factories.createEnglishSession(user.id, { sessionType: "grammar", exercisesCompleted: 5, score: 90, completed: true, createdAt: at("2032-03-09T12:00:00Z") });
  await factories.createDsaAttempt(user.id, { problemSlug: "two-sum", problemTitle: "Two Sum", solved: true, createdAt: at("2032-03-10T10:00:00Z") });
  await factories.createDsaAttempt(user.id, { problemSlug: "maximum-subarray", problemTitle: "Maximum Subarray", solved: false, createdAt: at("2032-03-10T11:00:00Z") });
  await factories.createInterview(user.id, { company: "Acme", position: "Dev", date: at("2032-04-01T09:00:00Z"), status: "upcoming" });
  await factories.createInterview(user.id, { company: "Globex", position: "Dev", date: at("2032-02-01T09:00:00Z"), status: "offer" });
}

/** The cells of a chart's table alternative, after opening its disclosure. */
async function tableOf(card: Locator, name: string): Promise<string[][]> {
  await card.getByText("Show the data as a table").click();
  const table = card.getByRole("table", { name });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? "").trim())));
}

test.describe("Analytics", () => {
  test("charts draw and their tables show the seeded numbers; filters change them", async ({ makeUser, loggedInPage, factories, baseURL }) => {
    const user = await makeUser("Ana Lytics");
    const other = await makeUser("Someone Else");
    await seedPractice(factories, user);
    await seedPractice(factories, other); // must never be counted for Ana
    const page = await loggedInPage(user);
    await setClock(page, baseURL);

    // Numbers and tables come in the server's HTML; charts only after it, in the browser.
    const html = await (await page.request.get("/analytics")).text();
    expect(html).toContain("Show the data as a table");
    expect(html).not.toContain("<canvas");

    await page.goto("/analytics");
    await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    await expect(page.getByTestId("stat-streak")).toContainText("4 days");
    await expect(page.getByTestId("stat-active-days")).toContainText("4");
    await expect(page.getByTestId("stat-ai_interview")).toContainText("2 answers");
    await expect(page.getByTestId("stat-ai_interview")).toContainText("Average 70/100");
    await expect(page.getByTestId("stat-english")).toContainText("1 session");
    await expect(page.getByTestId("stat-english")).toContainText("Average 90/100");
    await expect(page.getByTestId("stat-dsa")).toContainText("2 attempts");
    await expect(page.getByTestId("stat-dsa")).toContainText("Average 50/100");
    await expect(page.getByTestId("stat-avatar_interview")).toContainText("No scores yet");

    for (const chart of ["score-over-time", "skills", "question-type", "activity", "dsa", "pipeline"]) {
      await expect(page.getByTestId(`chart-${chart}`).locator("canvas")).toBeVisible();
    }
    await expect(page.getByTestId("chart-score-over-time").locator("canvas")).toHaveAttribute("role", "img");
    await expect(page.getByTestId("chart-presence").getByTestId("empty-state")).toContainText("No posture or engagement scores in this range");

    const score = page.getByTestId("chart-score-over-time");
    expect(await tableOf(score, "Score over time (0–100)")).toEqual([
      ["Week of 1 Mar", "80", "–", "–"],
      ["Week of 8 Mar", "60", "90", "50"],
    ]);
    expect(await tableOf(page.getByTestId("chart-activity"), "Practice per day")).toEqual([
      ["7 Mar 2032", "1"],
      ["8 Mar 2032", "1"],
      ["9 Mar 2032", "1"],
      ["10 Mar 2032", "2"],
    ]);
    expect(await tableOf(page.getByTestId("chart-question-type"), "Average score by question type (1–10)")).toEqual([
      ["Behavioural", "8", "1"],
      ["Technical", "6", "1"],
    ]);
    const skills = await tableOf(page.getByTestId("chart-skills"), "Answer skills (0–100)");
    expect(skills.map((row) => row.slice(0, 3))).toEqual([
      ["Answers the question", "50", "2"],
      ["Hangs together", "50", "2"],
      ["No wrong claims", "–", "0"],
      ["STAR structure", "100", "1"],
      ["Concrete results", "50", "2"],
      ["Key points covered", "50", "2"],
      ["Few filler words", "50", "2"],
      ["Direct wording", "100", "2"],
    ]);
    expect(await tableOf(page.getByTestId("chart-dsa"), "DSA problems by difficulty")).toEqual([
      ["Easy", "1", "1"],
      ["Medium", "1", "0"],
    ]);
    expect(await tableOf(page.getByTestId("chart-pipeline"), "Interviews by status")).toEqual([
      ["Upcoming", "1"],
      ["Completed", "0"],
      ["Offer", "1"],
      ["Rejected", "0"],
      ["Withdrawn", "0"],
    ]);

    // Type filter: English only.
    await page.getByLabel("English", { exact: true }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=english/);
    await expect(page.getByTestId("stat-ai_interview")).toHaveCount(0);
    await expect(page.getByTestId("stat-english")).toContainText("Average 90/100");
    // The English session was yesterday: a run that ended yesterday still counts.
    await expect(page.getByTestId("stat-streak")).toContainText("1 day");
    expect(await tableOf(page.getByTestId("chart-score-over-time"), "Score over time (0–100)")).toEqual([["Week of 8 Mar", "90"]]);
    await expect(page.getByTestId("chart-dsa").getByTestId("empty-state")).toContainText("No DSA attempts in this range");

    // Date filter: the last three days, every type, in daily buckets.
    await page.goto("/analytics?from=2032-03-08&to=2032-03-10");
    await expect(page.getByTestId("stat-ai_interview")).toContainText("1 answer");
    await expect(page.getByTestId("stat-ai_interview")).toContainText("Average 60/100");
    expect(await tableOf(page.getByTestId("chart-score-over-time"), "Score over time (0–100)")).toEqual([
      ["8 Mar", "60", "–", "–"],
      ["9 Mar", "–", "90", "–"],
      ["10 Mar", "–", "–", "50"],
    ]);

    // Invalid filters say what is wrong instead of failing.
    await page.goto("/analytics?from=2032-02-30&to=2032-03-01");
    await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be used" })).toContainText("From: Use a real date like 2026-01-31");
    await page.goto("/analytics?from=2032-03-10&to=2032-03-01");
    await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be used" })).toContainText("The start date must be on or before the end date");
    await page.goto("/analytics?type=poker");
    await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be used" })).toContainText("Practice types: Choose practice types from the list");
  });

  test("a new user sees an empty state for every chart", async ({ makeUser, loggedInPage, baseURL }) => {
    const page = await loggedInPage(await makeUser("New Person"));
    await setClock(page, baseURL);
    await page.goto("/analytics");
    await expect(page.getByTestId("stat-streak")).toContainText("0 days");
    for (const chart of ["score-over-time", "skills", "question-type", "activity", "dsa", "pipeline", "presence"]) {
      await expect(page.getByTestId(`chart-${chart}`).getByTestId("empty-state")).toBeVisible();
    }
    await expect(page.getByTestId("chart-score-over-time")).toContainText("No scored practice in this range");
    await expect(page.locator("canvas")).toHaveCount(0);
  });

  test("fits a 375 px screen, passes axe, and the dashboard shows the chart row", async ({ makeUser, loggedInPage, factories, baseURL }) => {
    const user = await makeUser("Small Screen");
    await seedPractice(factories, user);
    const page = await loggedInPage(user);
    await setClock(page, baseURL);
    await page.setViewportSize({ width: 375, height: 800 });

    for (const path of ["/analytics", "/dashboard"]) {
      await page.goto(path);
      await expect(page.getByTestId("chart-score-over-time").locator("canvas")).toBeVisible();
      await expect(page.getByTestId("chart-activity").locator("canvas")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await expect(page.getByTestId("chart-activity")).toContainText("Current streak: 4 days");
    await page.getByRole("link", { name: "See all analytics" }).click();
    await expect(page).toHaveURL(/\/analytics$/);
  });
});
