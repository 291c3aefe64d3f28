import type { Locator, Page } from "@playwright/test";
import type pg from "pg";
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type TestUser } from "./fixtures";

// The server's clock (lib/clock.ts) is fixed so days, weeks and the streak are known.
const NOW = "2032-03-10T12:00:00.000Z"; // a Wednesday

async function setClock(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([
    { name: "test-now", value: NOW, url: baseURL! },
    { name: "tz", value: "UTC", url: baseURL! },
  ]);
}

const id = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, "").slice(0, 20)}`;

function metrics(star: boolean, fillerRate: number) {
  return JSON.stringify({
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
  });
}

/** Two scored mock-interview answers, an English session, two DSA attempts and two interviews, on four days in a row. */
async function seedPractice(db: pg.Pool, user: TestUser) {
  const session = id("s");
  await db.query(`INSERT INTO interview_session (id, user_id, kind, role, created_at) VALUES ($1, $2, 'text', 'Dev', '2032-03-07T11:00:00Z')`, [session, user.id]);
  await db.query(
    `INSERT INTO session_answer (id, user_id, session_id, position, question_text, question_type, answer_text, answered_at, score, metrics, created_at)
     VALUES ($1, $3, $4, 1, 'Tell me about a conflict', 'behavioral', 'Answer', '2032-03-07T12:00:00Z', 8, $5::jsonb, '2032-03-07T11:00:00Z'),
            ($2, $3, $4, 2, 'Explain an index', 'technical', 'Answer', '2032-03-08T12:00:00Z', 6, $6::jsonb, '2032-03-07T11:00:00Z')`,
    [id("a"), id("a"), user.id, session, metrics(true, 1), metrics(false, 3)],
  );
  await db.query(
    `INSERT INTO english_booster_session (id, user_id, session_type, exercises_completed, score, completed, created_at) VALUES ($1, $2, 'grammar', 5, 90, true, '2032-03-09T12:00:00Z')`,
    [id("e"), user.id],
  );
  await db.query(
    `INSERT INTO dsa_practice_session (id, user_id, problem_slug, problem_title, solved, created_at)
     VALUES ($1, $3, 'two-sum', 'Two Sum', true, '2032-03-10T10:00:00Z'), ($2, $3, 'maximum-subarray', 'Maximum Subarray', false, '2032-03-10T11:00:00Z')`,
    [id("d"), id("d"), user.id],
  );
  await db.query(
    `INSERT INTO interview (id, user_id, company, position, date, status, updated_at)
     VALUES ($1, $3, 'Acme', 'Dev', '2032-04-01T09:00:00Z', 'upcoming', now()), ($2, $3, 'Globex', 'Dev', '2032-02-01T09:00:00Z', 'offer', now())`,
    [id("i"), id("i"), user.id],
  );
}

/** The cells of a chart's table alternative, after opening its disclosure. */
async function tableOf(card: Locator, name: string): Promise<string[][]> {
  await card.getByText("Show the data as a table").click();
  const table = card.getByRole("table", { name });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? "").trim())));
}

test.describe("Analytics", () => {
  test("charts draw and their tables show the seeded numbers; filters change them", async ({ makeUser, loggedInPage, db, baseURL }) => {
    const user = await makeUser("Ana Lytics");
    const other = await makeUser("Someone Else");
    await seedPractice(db, user);
    await seedPractice(db, other); // must never be counted for Ana
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

  test("fits a 375 px screen, passes axe, and the dashboard shows the chart row", async ({ makeUser, loggedInPage, db, baseURL }) => {
    const user = await makeUser("Small Screen");
    await seedPractice(db, user);
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
