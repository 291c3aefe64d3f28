import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const DAY_D = "2032-02-10T10:00:00.000Z";

/** Moves the server's clock (lib/clock.ts) for this page's requests. */
async function setClock(page: Page, baseURL: string | undefined, iso: string) {
  await page.context().addCookies([{ name: "test-now", value: iso, url: baseURL! }]);
}

test.describe("DSA practice", () => {
  test("a problem rated Good is not due the same day and is due on the date shown", async ({ makeUser, loggedInPage, db, baseURL }) => {
    const user = await makeUser("Dana Solver");
    const page = await loggedInPage(user);
    await setClock(page, baseURL, DAY_D);

    await page.goto("/dsa");
    await expect(page.getByTestId("due-empty")).toContainText("Start with a problem from the catalogue");

    await page.goto("/dsa/problems/two-sum");
    await expect(page.getByRole("heading", { level: 1, name: "Two Sum" })).toBeVisible();
    const hint = page.getByText("While scanning, ask whether the value needed");
    await expect(hint).toBeHidden();
    await page.getByText("Show hint").click();
    await expect(hint).toBeVisible();
    await expect(page.getByText("No attempts yet.")).toBeVisible();

    // The grade follows solved + time until the user picks one (Two Sum is easy: about 15 minutes).
    const rating = (name: string) => page.getByRole("radio", { name: new RegExp(`^${name}`) });
    await page.getByLabel("Time taken (minutes)").fill("5");
    await expect(rating("Easy")).toBeChecked();
    await page.getByLabel("Not solved").check();
    await expect(rating("Again")).toBeChecked();
    await page.getByLabel("Solved", { exact: true }).check();
    await page.getByLabel("Time taken (minutes)").fill("25");
    await expect(rating("Hard")).toBeChecked();
    await page.getByLabel("Time taken (minutes)").fill("12");
    await expect(rating("Good")).toBeChecked();

    await page.getByLabel("Tries").fill("2");
    await page.getByLabel(/^Solution code/).fill("def two_sum(nums, target):\n    seen = {}\n");
    await page.getByLabel(/^Notes/).fill("complement lookup");
    await page.getByRole("button", { name: "Log attempt" }).click();

    const logged = page.getByTestId("attempt-logged");
    await expect(logged).toContainText("Attempt logged. Next review on");
    const due = await logged.locator("time").getAttribute("datetime");
    expect(due).not.toBeNull();
    expect(new Date(due!).getTime()).toBeGreaterThan(new Date(DAY_D).getTime() + 86_400_000);
    await expect(page.getByTestId("attempt-row")).toHaveCount(1);
    await expect(page.getByTestId("attempt-row")).toContainText("2 tries · 12 min · felt Good");

    const { rows } = await db.query(
      `SELECT s.solved, s.attempts, s.time_taken, s.rating, s.notes, (extract(epoch FROM c.due) * 1000)::bigint AS due_ms, c.reps
       FROM dsa_practice_session s JOIN dsa_review_card c ON c.user_id = s.user_id AND c.problem_slug = s.problem_slug
       WHERE s.user_id = $1`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ solved: true, attempts: 2, time_taken: 12, rating: 3, notes: "complement lookup", reps: 1 });
    expect(Number(rows[0].due_ms)).toBe(Date.parse(due!));

    // Day D: nothing due, and the empty state names the next review.
    await page.goto("/dsa");
    await expect(page.getByTestId("due-empty")).toContainText("Nothing due today — next review on");
    await expect(page.getByRole("list", { name: "Problems due today" })).toHaveCount(0);
    await expect(page.getByTestId("stats-arrays")).toContainText("1 / 14");

    // The due date: Two Sum is in the queue.
    await setClock(page, baseURL, due!);
    await page.goto("/dsa");
    const queue = page.getByRole("list", { name: "Problems due today" });
    await expect(queue.getByRole("link", { name: "Two Sum", exact: true })).toBeVisible();
    await queue.getByRole("link", { name: "Log a review of Two Sum" }).click();
    await expect(page).toHaveURL(/\/dsa\/problems\/two-sum#log-attempt$/);
    await expect(page.getByRole("heading", { name: "Log a review" })).toBeVisible();
  });

  test("the catalogue filters by category, difficulty and title", async ({ makeUser, loggedInPage, db }) => {
    const page = await loggedInPage(await makeUser("Cat Browser"));
    await page.goto("/dsa/problems");
    await expect(page.getByTestId("result-count")).toHaveText("Showing 1–20 of 241 problems");
    await expect(page.getByTestId("problem-row")).toHaveCount(20);
    await expect(page.getByTestId("problem-row").first()).toContainText("Never tried");

    await page.getByLabel("Category").selectOption("graphs");
    await page.getByLabel("Difficulty").selectOption("hard");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/category=graphs/);
    const { rows } = await db.query<{ count: string }>(`SELECT count(*) FROM dsa_problem WHERE category = 'graphs' AND difficulty = 'hard'`);
    const expected = Number(rows[0]!.count);
    expect(expected).toBeGreaterThan(0);
    await expect(page.getByTestId("problem-row")).toHaveCount(expected);
    for (const row of await page.getByTestId("problem-row").all()) {
      await expect(row).toContainText("Hard");
      await expect(row).toContainText("Graphs");
    }

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByLabel("Category")).toHaveValue("");
    await page.getByLabel("Search by title").fill("two sum");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("link", { name: "Two Sum", exact: true })).toBeVisible();
    for (const title of await page.getByTestId("problem-row").getByRole("heading").allTextContents()) {
      expect(title.toLowerCase()).toContain("two sum");
    }

    await page.getByRole("link", { name: "Clear filters" }).click();
    await page.getByRole("navigation", { name: "Catalogue pages" }).getByRole("link", { name: "Next →" }).click();
    await expect(page.getByTestId("result-count")).toHaveText("Showing 21–40 of 241 problems");
  });

  test("an oversize solution shows the field error and stores nothing", async ({ makeUser, loggedInPage, db }) => {
    const user = await makeUser("Big Paster");
    const page = await loggedInPage(user);
    await page.goto("/dsa/problems/valid-parentheses");
    await page.getByLabel("Time taken (minutes)").fill("20");
    const code = page.getByLabel(/^Solution code/);
    await code.fill("x".repeat(100 * 1024 + 1));
    await page.getByRole("button", { name: "Log attempt" }).click();
    await expect(page.locator("#solutionCode-error")).toHaveText("Solution code must be at most 100 KB");
    await expect(code).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("attempt-logged")).toHaveCount(0);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM dsa_practice_session WHERE user_id = $1`, [user.id]);
    expect(rows[0].n).toBe(0);
    const cards = await db.query(`SELECT count(*)::int AS n FROM dsa_review_card WHERE user_id = $1`, [user.id]);
    expect(cards.rows[0].n).toBe(0);
  });

  test("an unknown problem is a real 404, and the pages fit a phone", async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser("Phone User"));
    const response = await page.goto("/dsa/problems/no-such-problem");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Problem not found" })).toBeVisible();

    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ["/dsa", "/dsa/problems", "/dsa/problems/two-sum"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
