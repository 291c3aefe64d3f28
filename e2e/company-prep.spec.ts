import { test, expect } from "./fixtures";
import type pg from "pg";

type Topics = { behavioral: string[]; technical: string[]; system_design: string[]; culture: string[] };

async function topicsOf(db: pg.Pool, slug: string): Promise<Topics> {
  const { rows } = await db.query<{ prep_topics: Topics }>(`SELECT prep_topics FROM company_profile WHERE slug = $1`, [slug]);
  return rows[0]!.prep_topics;
}

async function storedRow(db: pg.Pool, userId: string, slug: string, prepType: string) {
  const { rows } = await db.query<{ topics_covered: string[]; progress_percentage: number; completed: boolean; notes: string | null }>(
    `SELECT topics_covered, progress_percentage, completed, notes FROM company_prep_session
     WHERE user_id = $1 AND company_slug = $2 AND prep_type = $3`,
    [userId, slug, prepType],
  );
  return rows[0] ?? null;
}

test("checking topics updates progress at once, persists, and shows on the company list", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser("Morgan Prep");
  const page = await loggedInPage(user);
  const { behavioral } = await topicsOf(db, "google");
  expect(behavioral).toHaveLength(5);

  await page.goto("/company-prep");
  await expect(page.getByText("You are not preparing for any company yet.")).toBeVisible();
  await page.getByLabel("Search companies").fill("goog");
  await expect(page.getByText("1 of 30 companies match")).toBeVisible();
  await page.getByRole("link", { name: "Google", exact: true }).click();

  await expect(page).toHaveURL(/\/company-prep\/google$/);
  await expect(page.getByRole("heading", { level: 1, name: "Google" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Interview rounds, in order" }).getByRole("listitem").first()).toContainText("Recruiter screen");
  await expect(page.getByRole("link", { name: "Practise for Google" })).toHaveAttribute("href", "/ai-interview?company=google&format=mixed");
  await expect(page.getByTestId("percent-behavioral")).toHaveText("0%");
  await expect(page.getByTestId("percent-overall")).toHaveText("0%");

  // One with the mouse, one with the keyboard.
  await page.getByLabel(behavioral[0]!, { exact: true }).check();
  await page.getByLabel(behavioral[3]!, { exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByLabel(behavioral[3]!, { exact: true })).toBeChecked();
  await expect(page.getByTestId("percent-behavioral")).toHaveText("40%");
  await expect(page.getByRole("progressbar", { name: "Behavioural progress" })).toHaveAttribute("aria-valuenow", "40");
  await expect(page.getByTestId("percent-overall")).toHaveText("10%");
  await expect(page.getByTestId("percent-technical")).toHaveText("0%");

  await expect.poll(async () => (await storedRow(db, user.id, "google", "behavioral"))?.progress_percentage).toBe(40);
  await page.reload();
  await expect(page.getByLabel(behavioral[0]!, { exact: true })).toBeChecked();
  await expect(page.getByLabel(behavioral[3]!, { exact: true })).toBeChecked();
  await expect(page.getByLabel(behavioral[1]!, { exact: true })).not.toBeChecked();
  await expect(page.getByTestId("percent-behavioral")).toHaveText("40%");
  await expect(page.getByTestId("percent-overall")).toHaveText("10%");
  expect(await storedRow(db, user.id, "google", "behavioral")).toEqual({
    topics_covered: [behavioral[0], behavioral[3]],
    progress_percentage: 40,
    completed: false,
    notes: null,
  });

  await page.getByLabel(behavioral[0]!, { exact: true }).uncheck();
  await expect(page.getByTestId("percent-behavioral")).toHaveText("20%");
  await expect(page.getByTestId("percent-overall")).toHaveText("5%");
  await expect.poll(async () => (await storedRow(db, user.id, "google", "behavioral"))?.topics_covered).toEqual([behavioral[3]]);
  expect((await storedRow(db, user.id, "google", "behavioral"))?.progress_percentage).toBe(20);

  await page.getByRole("link", { name: "← All companies" }).click();
  await expect(page).toHaveURL(/\/company-prep$/);
  const preparing = page.getByRole("list", { name: "Companies you are preparing for" });
  await expect(preparing.getByRole("listitem")).toHaveCount(1);
  await expect(preparing.getByRole("link", { name: "Google", exact: true })).toBeVisible();
  await expect(preparing.getByTestId("overall-google")).toHaveText("5%");
  await expect(page.getByText("You are not preparing for any company yet.")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Companies to choose from" }).getByRole("listitem")).toHaveCount(29);
});

test("a failed save puts the checkbox back and says so", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser();
  const page = await loggedInPage(user);
  const { culture } = await topicsOf(db, "stripe");
  await page.goto("/company-prep/stripe");
  // Server actions are POSTs to the page URL: fail them, a little later, as a dropped connection would.
  await page.route("**/company-prep/stripe", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return route.abort("connectionfailed");
  });
  const topic = page.getByLabel(culture[0]!, { exact: true });
  await topic.click();
  // Shown at once, before the server has answered…
  await expect(topic).toBeChecked();
  await expect(page.getByTestId("percent-culture")).toHaveText("25%");
  // …and put back when it fails.
  await expect(page.getByRole("alert").filter({ hasText: "could not be checked" })).toBeVisible();
  await expect(page.getByLabel(culture[0]!, { exact: true })).not.toBeChecked();
  await expect(page.getByTestId("percent-culture")).toHaveText("0%");
  expect(await storedRow(db, user.id, "stripe", "culture")).toBeNull();
});

test("an unknown company is a real 404", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  const response = await page.goto("/company-prep/no-such-company");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Company not found" })).toBeVisible();
});

test("notes over 10,000 characters are refused with a clear error; shorter ones save", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser();
  const page = await loggedInPage(user);
  await page.goto("/company-prep/amazon");
  const notes = page.getByRole("textbox", { name: "Technical notes" });
  await notes.fill("x".repeat(10_001));
  await page.getByRole("form", { name: "Technical notes" }).getByRole("button", { name: "Save notes" }).click();
  await expect(page.locator("#notes-technical-error")).toHaveText("Notes must be at most 10,000 characters");
  await expect(notes).toHaveAttribute("aria-invalid", "true");
  expect(await storedRow(db, user.id, "amazon", "technical")).toBeNull();

  await notes.fill("Revise the leadership principles for every story.");
  await page.getByRole("form", { name: "Technical notes" }).getByRole("button", { name: "Save notes" }).click();
  await expect(page.getByText("Technical notes saved.")).toBeVisible();
  await expect(page.locator("#notes-technical-error")).toHaveCount(0);
  expect((await storedRow(db, user.id, "amazon", "technical"))?.notes).toBe("Revise the leadership principles for every story.");
  await page.reload();
  await expect(notes).toHaveValue("Revise the leadership principles for every story.");
});

test("the company page fits a 375 px wide screen", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/company-prep", "/company-prep/goldman-sachs"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }
});
