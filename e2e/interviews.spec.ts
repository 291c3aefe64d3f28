import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const NOW = "2031-03-10T09:00:00.000Z";
const IMPOSSIBLE_DATE = "That is not a real date — check the day, month and year.";
const PAST_WARNING = "This date is in the past — is the status right?";

/** Moves the server's clock (lib/clock.ts) for this page's requests. */
async function setClock(page: Page, baseURL: string | undefined, iso: string) {
  await page.context().addCookies([{ name: "test-now", value: iso, url: baseURL! }]);
}

async function fillInterview(
  page: Page,
  fields: { company: string; position: string; date: string; time: string; level?: string },
) {
  await page.getByLabel("Company").fill(fields.company);
  await page.getByLabel("Position").fill(fields.position);
  await page.getByLabel("Date").fill(fields.date);
  await page.getByLabel("Time").fill(fields.time);
  if (fields.level) await page.getByLabel("Level").selectOption(fields.level);
}

test("track an interview: add, prepare, edit, log a question, practise it, delete", async ({
  makeUser,
  loggedInPage,
  db,
  baseURL,
}) => {
  const user = await makeUser("Ivy Interviewee");
  const page = await loggedInPage(user);
  await setClock(page, baseURL, NOW);

  await page.goto("/interviews");
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
  await page.getByRole("link", { name: "Add your first interview" }).click();
  await expect(page.getByRole("heading", { name: "Add an interview" })).toBeVisible();

  // Lower case on purpose: the company profile matches by name, ignoring case.
  await fillInterview(page, {
    company: "google",
    position: "Backend engineer",
    date: "2031-03-13",
    time: "14:00",
    level: "senior",
  });
  await expect(page.getByText("Matches the Google profile")).toBeVisible();
  await expect(page.getByTestId("past-date-warning")).toHaveCount(0);
  await page.getByRole("button", { name: "Save interview" }).click();

  await expect(page).toHaveURL(/\/interviews$/);
  const item = page.getByTestId("interview-item").filter({ hasText: "Backend engineer at Google" });
  await expect(item).toBeVisible();
  await expect(item.getByTestId("status")).toHaveText("Upcoming");
  await expect(item.getByTestId("countdown")).toHaveText("in 3 days");
  const practise = item.getByRole("link", { name: "Start a mock interview for Backend engineer at Google" });
  await expect(practise).toHaveAttribute(
    "href",
    "/ai-interview?role=Backend+engineer&level=senior&company=google&format=mixed",
  );
  await expect(item.getByRole("link", { name: "Google prep checklist" })).toHaveAttribute(
    "href",
    "/company-prep/google",
  );
  await expect(item.getByRole("list", { name: "Google focus areas" })).toContainText("Algorithms and data structures");

  // Stored as the instant the browser's wall time names.
  const expected = await page.evaluate(() => new Date(2031, 2, 13, 14, 0).toISOString());
  const { rows } = await db.query(
    `SELECT id, company, company_slug, level, status, date FROM interview WHERE user_id = $1`,
    [user.id],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ company: "Google", company_slug: "google", level: "senior", status: "upcoming" });
  expect(new Date(rows[0].date).toISOString()).toBe(expected);
  const id: string = rows[0].id;

  // Phone width: no sideways scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The filter lives in the URL and survives a reload.
  await page.getByLabel("Status").selectOption("completed");
  await expect(page).toHaveURL(/\/interviews\?status=completed$/);
  await expect(page.getByText("No interviews with the status Completed.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("completed");
  await expect(item).toHaveCount(0);
  await page.getByRole("link", { name: "Show all interviews" }).click();
  await expect(item).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("");
  // A keyboard user changing the order keeps their place.
  await page.getByLabel("Sort by").focus();
  await page.getByLabel("Sort by").selectOption("company");
  await expect(page).toHaveURL(/\/interviews\?sort=company$/);
  await expect(page.getByLabel("Sort by")).toBeFocused();
  await expect(item).toBeVisible();

  // The prep plan's link opens the mock interview setup already filled in.
  await practise.click();
  await expect(page.getByLabel("Role")).toHaveValue("Backend engineer");
  await expect(page.getByLabel("Experience level")).toHaveValue("senior");
  await expect(page.getByLabel("Target company")).toHaveValue("google");

  // Edit: it happened, and went well.
  await page.goto("/interviews");
  await item.getByRole("link", { name: "Edit Backend engineer at Google" }).click();
  await expect(page.getByLabel("Date")).toHaveValue("2031-03-13");
  await expect(page.getByLabel("Time")).toHaveValue("14:00");
  await page.getByLabel("Status").selectOption("completed");
  await page.getByLabel("Performance").selectOption("4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${id}$`));
  await expect(page.getByTestId("status")).toHaveText("Completed");
  await expect(page.getByTestId("performance")).toHaveText("4/5");
  await expect(page.getByTestId("countdown")).toHaveCount(0);
  const edited = await db.query(`SELECT status, performance FROM interview WHERE id = $1`, [id]);
  expect(edited.rows[0]).toEqual({ status: "completed", performance: 4 });

  // Log a question that was asked.
  const asked = "Design a URL shortener that handles ten thousand writes per second";
  await page.getByRole("textbox", { name: "Question you were asked" }).fill(asked);
  await page.getByLabel("Type").selectOption("system_design");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question added." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Questions you were asked" })).toContainText(asked);
  await expect(page.getByRole("textbox", { name: "Question you were asked" })).toHaveValue("");

  // It joins the personal question list, and can be practised from there.
  await page.getByRole("link", { name: "your question list" }).click();
  await expect(page.getByRole("heading", { name: "Your interview questions" })).toBeVisible();
  await expect(page.getByText("From Backend engineer at Google")).toBeVisible();
  await page.getByRole("button", { name: "Practise these" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose at least one question to practise" })).toBeVisible();
  await page.getByLabel(asked).check();
  await page.getByRole("button", { name: "Practise these" }).click();
  await expect(page).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await expect(page.getByRole("heading", { name: asked })).toBeVisible();

  // Delete, after a confirmation that can be cancelled.
  await page.goto("/interviews");
  await item.getByRole("button", { name: "Delete Backend engineer at Google" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toBeVisible();
  expect((await db.query(`SELECT count(*)::int AS n FROM interview WHERE id = $1`, [id])).rows[0].n).toBe(1);

  await item.getByRole("button", { name: "Delete Backend engineer at Google" }).click();
  await dialog.getByRole("button", { name: "Delete interview" }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
  expect((await db.query(`SELECT count(*)::int AS n FROM interview WHERE user_id = $1`, [user.id])).rows[0].n).toBe(0);
  expect(
    (await db.query(`SELECT count(*)::int AS n FROM interview_question WHERE user_id = $1`, [user.id])).rows[0].n,
  ).toBe(0);
});

test("bad input: an impossible date and overlong notes are refused, a past date is only flagged", async ({
  makeUser,
  loggedInPage,
  db,
  baseURL,
}) => {
  const user = await makeUser();
  const page = await loggedInPage(user);
  await setClock(page, baseURL, NOW);
  await page.goto("/interviews/new");

  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page.locator("#company-error")).toHaveText("Enter the company");
  await expect(page.getByLabel("Company")).toHaveAttribute("aria-invalid", "true");

  await fillInterview(page, { company: "Acme", position: "Data analyst", date: "2031-01-01", time: "10:00" });
  // 30 February, typed as a user would into the date field (month/day/year here).
  await page.getByLabel("Date").fill("");
  await page.getByLabel("Date").focus();
  await page.keyboard.type("02302031");
  await page.getByLabel("Notes").fill("n".repeat(10_001));
  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page.locator("#date-error")).toHaveText(IMPOSSIBLE_DATE);
  await expect(page.getByLabel("Date")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#notes-error")).toHaveText("Notes must be at most 10,000 characters");
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(page).toHaveURL(/\/interviews\/new$/);
  expect((await db.query(`SELECT count(*)::int AS n FROM interview WHERE user_id = $1`, [user.id])).rows[0].n).toBe(0);

  // A date before the (test) clock's now: warned in the form, saved, and warned in the list.
  await page.getByLabel("Date").fill("2031-03-01");
  await page.getByLabel("Notes").fill("Forgot to log this one");
  await expect(page.getByTestId("past-date-warning")).toHaveText(PAST_WARNING);
  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  const item = page.getByTestId("interview-item").filter({ hasText: "Data analyst at Acme" });
  await expect(item.getByTestId("past-date-warning")).toHaveText(PAST_WARNING);
  await expect(item.getByTestId("countdown")).toHaveCount(0);
  // No profile for Acme: a practice link but no company checklist.
  await expect(item.getByRole("link", { name: /Start a mock interview/ })).toHaveAttribute(
    "href",
    "/ai-interview?role=Data+analyst&format=mixed",
  );
  await expect(item.getByRole("link", { name: /prep checklist/ })).toHaveCount(0);
});

test("another user's interview is a 404 to read or edit", async ({ makeUser, loggedInPage, db, factories }) => {
  const owner = await makeUser("Owner");
  const { id } = await factories.createInterview(owner.id, { company: "Stripe", position: "SRE", date: new Date(), notes: "private" });

  const ownerPage = await loggedInPage(owner);
  expect((await ownerPage.goto(`/interviews/${id}`))?.status()).toBe(200);
  await expect(ownerPage.getByRole("heading", { name: "SRE at Stripe" })).toBeVisible();

  const intruderPage = await loggedInPage(await makeUser("Intruder"));
  const read = await intruderPage.goto(`/interviews/${id}`);
  expect(read?.status()).toBe(404);
  await expect(intruderPage.getByRole("heading", { name: "Interview not found" })).toBeVisible();
  await expect(intruderPage.getByText("private")).toHaveCount(0);
  const edit = await intruderPage.goto(`/interviews/${id}/edit`);
  expect(edit?.status()).toBe(404);

  const { rows } = await db.query(`SELECT company, notes FROM interview WHERE id = $1`, [id]);
  expect(rows[0]).toEqual({ company: "Stripe", notes: "private" });
});
