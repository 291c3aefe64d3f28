import { test, expect, loginViaApi } from "./fixtures";
import { GRAMMAR_BANK } from "../lib/english/grammar-bank";
import { POWER_VERBS } from "../lib/english/power-verbs";

test.describe("English booster", () => {
  test("the checker marks problems, offers suggestions and applies one", async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser());
    await page.goto("/english/checker");
    await page
      .getByLabel("Text to check")
      .fill("I has five years of experience. I recieved an offer, and I am a experienced engineer.");
    await page.getByRole("button", { name: "Check grammar" }).click();

    // The first check after a server start may still be compiling harper.
    await expect(page.getByRole("heading", { name: "3 problems found" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("issue-mark")).toHaveCount(3);
    await expect(page.getByTestId("issue-mark").first()).toContainText("has");
    const issues = page.getByRole("list", { name: "Problems" }).getByTestId("issue");
    await expect(issues.nth(0)).toContainText("Agreement");
    await expect(issues.nth(1)).toContainText("Spelling");
    await expect(issues.nth(1)).toContainText("recieved");
    await expect(page.getByTestId("text-stats")).toContainText("Words");

    await issues.nth(1).getByRole("button", { name: "Use “received”" }).click();
    await expect(page.getByRole("heading", { name: "2 problems found" })).toBeVisible();
    await expect(page.getByLabel("Text to check")).toHaveValue(
      "I has five years of experience. I received an offer, and I am a experienced engineer.",
    );

    // Clean text says so; an empty box gets an inline error without a request.
    await page.getByLabel("Text to check").fill("I led the migration of our billing service to the cloud.");
    await page.getByRole("button", { name: "Check grammar" }).click();
    await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
    await page.getByLabel("Text to check").fill("");
    await page.getByRole("button", { name: "Check grammar" }).click();
    await expect(page.locator("#text-error")).toHaveText("Paste some text to check");
    await expect(page.getByLabel("Text to check")).toHaveAttribute("aria-invalid", "true");
  });

  test("a grammar set and a vocabulary set are stored and show up as progress", async ({
    makeUser,
    loggedInPage,
    db,
  }) => {
    const user = await makeUser();
    const page = await loggedInPage(user);
    await page.goto("/english");
    await expect(page.getByTestId("english-empty")).toBeVisible();
    await expect(page.getByText("No sessions yet.")).toBeVisible();

    await page.getByRole("link", { name: "Fix the sentence" }).click();
    const exercises = page.getByTestId("grammar-exercise");
    await expect(exercises).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      const id = await exercises.nth(i).getAttribute("data-exercise-id");
      const exercise = GRAMMAR_BANK.find((candidate) => candidate.id === id)!;
      await expect(exercises.nth(i).getByTestId("exercise-sentence")).toHaveText(exercise.sentence);
      // Four right, the last one left as it was.
      if (i < 4) await exercises.nth(i).getByLabel("Your correction").fill(exercise.fixes[0]!);
    }
    await page.getByRole("button", { name: "Check my corrections" }).click();
    await expect(page).toHaveURL(/\/english\/sessions\/[a-z0-9]+$/);
    await expect(page.getByTestId("session-score")).toHaveText("80");
    await expect(page.getByTestId("verdict")).toHaveText(["Correct", "Correct", "Correct", "Correct", "Not yet"]);
    await expect(page.getByRole("list", { name: "Problems still found" })).toBeVisible();

    await page.goto("/english/vocabulary");
    const questions = page.getByTestId("vocabulary-exercise");
    await expect(questions).toHaveCount(5);
    await page.getByRole("button", { name: "Check my choices" }).click();
    await expect(page.getByText("Choose a verb").first()).toBeVisible();
    for (let i = 0; i < 5; i++) {
      const pairId = await questions.nth(i).getAttribute("data-pair-id");
      const pair = POWER_VERBS.find((candidate) => candidate.id === pairId)!;
      await questions.nth(i).getByLabel(pair.strong[0], { exact: true }).check();
    }
    await page.getByRole("button", { name: "Check my choices" }).click();
    await expect(page.getByTestId("session-score")).toHaveText("100");
    await expect(page.getByTestId("vocabulary-result")).toHaveCount(5);

    const { rows } = await db.query(
      `SELECT session_type, score, exercises_completed, completed, improvement_areas FROM english_booster_session WHERE user_id = $1 ORDER BY created_at`,
      [user.id],
    );
    expect(rows.map((r) => [r.session_type, r.score, r.exercises_completed, r.completed])).toEqual([
      ["grammar", 80, 5, true],
      ["vocabulary", 100, 5, true],
    ]);
    expect(rows[0].improvement_areas).toHaveLength(1);

    await page.getByRole("link", { name: "See your progress" }).click();
    await expect(page.getByTestId("progress-grammar").getByTestId("average-score")).toHaveText("80");
    await expect(page.getByTestId("progress-vocabulary").getByTestId("average-score")).toHaveText("100");
    await expect(page.getByTestId("progress-speaking")).toContainText("Not practised yet");
    await expect(page.getByTestId("session-row")).toHaveCount(2);
    await expect(page.getByRole("progressbar", { name: "Grammar fixes average score" })).toHaveAttribute(
      "aria-valuenow",
      "80",
    );

    // Nothing on the page is wider than a phone.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

    // Another user gets a real 404 for this user's session.
    const sessionUrl = await page.getByTestId("session-row").first().getByRole("link").getAttribute("href");
    const intruder = await loggedInPage(await makeUser("Intruder"));
    const response = await intruder.goto(sessionUrl!);
    expect(response?.status()).toBe(404);
    await expect(intruder.getByRole("heading", { name: "Session not found" })).toBeVisible();
  });

  test("a typed speaking drill reports pace and fillers, and says pauses were not measured", async ({
    makeUser,
    loggedInPage,
  }) => {
    const page = await loggedInPage(await makeUser());
    // As in a browser without speech recognition.
    await page.addInitScript(() => {
      const scope = window as unknown as Record<string, unknown>;
      delete scope.SpeechRecognition;
      delete scope.webkitSpeechRecognition;
    });
    await page.goto("/english/speaking?drill=prompt-strength");
    await expect(page.getByTestId("speech-unavailable")).toBeVisible();
    await expect(page.getByTestId("drill-text")).toContainText("greatest strength");
    await page
      .getByLabel("What you said")
      .fill(
        "Um, my greatest strength is, like, staying calm. I basically fixed a failing release in an hour, and I think the team trusted me more after that.",
      );
    await page.getByLabel("Seconds you spoke").fill("12");
    await page.getByRole("button", { name: "Analyse my speaking" }).click();

    await expect(page).toHaveURL(/\/english\/sessions\/[a-z0-9]+$/);
    await expect(page.getByTestId("speaking-wpm")).toHaveText("135");
    await expect(page.getByTestId("speaking-fillers")).toContainText("3 (");
    await expect(page.getByTestId("speaking-fillers")).toContainText("“um” ×1");
    await expect(page.getByTestId("speaking-hedges")).toContainText("“I think” ×1");
    await expect(page.getByTestId("speaking-pauses")).toHaveText("Not measured: you typed what you said.");
    await expect(page.getByTestId("improvement-areas")).toContainText("Filler words");
  });

  test("drills come from the user's own stored answers", async ({ makeUser, loggedInPage, factories }) => {
    const user = await makeUser();
    const page = await loggedInPage(user);
    await page.goto("/english/your-answers");
    await expect(page.getByTestId("answers-empty")).toBeVisible();

    await factories.createSession(user.id, {
      role: "Backend engineer",
      questionsAnswered: 1,
      answers: [
        {
          questionText: "Tell me about a deadline you missed.",
          answerText: "Um, we was short of time, you know. I think I should of asked for help earlier.",
          answeredAt: new Date(),
        },
      ],
    });
    await page.reload();
    const exercises = page.getByTestId("grammar-exercise");
    await expect(exercises).toHaveCount(2);
    await expect(exercises.first()).toContainText(
      "In your answer to “Tell me about a deadline you missed.” you wrote:",
    );
    await expect(exercises.first().getByTestId("exercise-sentence")).toHaveText("Um, we was short of time, you know.");
    await expect(page.getByTestId("focus-fillers")).toContainText("“um” ×1");
    await expect(page.getByTestId("focus-hedges")).toContainText("“I think” ×1");

    await exercises.first().getByLabel("Your correction").fill("Um, we were short of time, you know.");
    await exercises.nth(1).getByLabel("Your correction").fill("I think I should have asked for help earlier.");
    await page.getByRole("button", { name: "Check my corrections" }).click();
    await expect(page.getByTestId("session-score")).toHaveText("100");
    await expect(page.getByText("From your answer to “Tell me about a deadline you missed.”").first()).toBeVisible();
  });

  test("the grammar API keeps its exact shape", async ({ makeUser, playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await loginViaApi(api, await makeUser());
    const text = "Résumé 😀: I has a idea.";
    const response = await api.post("/api/english/grammar", { data: { text } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["issues", "stats"]);
    for (const issue of body.issues)
      expect(Object.keys(issue).sort()).toEqual(["category", "end", "message", "start", "suggestions"]);
    expect(
      body.issues.map((issue: { start: number; end: number; category: string }) => [
        text.slice(issue.start, issue.end),
        issue.category,
      ]),
    ).toEqual([
      ["has", "agreement"],
      ["a", "miscellaneous"],
    ]);
    expect(body.issues[0].suggestions).toEqual(["have"]);
    expect(body.stats).toMatchObject({ issues: 2, sentences: 1 });

    const empty = await api.post("/api/english/grammar", { data: { text: "" } });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).fieldErrors.text).toBeDefined();
    await api.dispose();

    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.post("/api/english/grammar", { data: { text } })).status()).toBe(401);
    await anonymous.dispose();
  });
});
