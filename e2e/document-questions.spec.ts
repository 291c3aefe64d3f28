import { test, expect } from "./fixtures";
import { BACKEND_POSTING, TOO_SHORT } from "../tests/fixtures/documents";

test("a mock interview from a pasted job description says why each question was asked", async ({ makeUser, loggedInPage }) => {
  const user = await makeUser("Jordan Jobseeker");
  const page = await loggedInPage(user);
  await page.goto("/ai-interview");
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Questions", { exact: true }).fill("3");
  // No resume yet: that source is offered, disabled, with the way to get one.
  await expect(page.getByRole("radio", { name: "My resume" })).toBeDisabled();
  await expect(page.getByRole("link", { name: "upload one" })).toHaveAttribute("href", "/resume");

  await page.getByRole("radio", { name: "A job description" }).check();
  const box = page.getByRole("textbox", { name: "Job description" });
  await box.fill(TOO_SHORT);
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page.getByText(/too short to build questions from/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/ai-interview$/);
  await expect(page.getByText("No sessions yet.")).toBeVisible();

  await box.fill(BACKEND_POSTING);
  await expect(page.getByText(`${BACKEND_POSTING.length.toLocaleString("en")} / 20,000 characters`)).toBeVisible();
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  await expect(page.getByText("Question 1 of 3")).toBeVisible();
  await expect(page.getByText(/^Questions drawn from the job description you pasted, which names .*PostgreSQL/)).toBeVisible();
  await expect(page.getByText(/^Why this question: (matches '.+' in the job description|from the job description: ")/)).toBeVisible();
});
