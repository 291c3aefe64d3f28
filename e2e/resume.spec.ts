import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { JOB_DESCRIPTION, PNG_1PX, resumeDocx, resumePdf } from "../tests/fixtures/resume-files";

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, jobDescription?: string) {
  await page.goto("/resume");
  await page.getByLabel("Resume file").setInputFiles(file);
  if (jobDescription) await page.getByLabel("Job description (optional)").fill(jobDescription);
  await page.getByRole("button", { name: "Upload and analyse" }).click();
}

test("a PDF matched against a job, then a DOCX as version 2, with history, switching and download", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser("Jane Doe");
  const page = await loggedInPage(user);
  await page.goto("/resume");
  await expect(page.getByText("No resumes yet.")).toBeVisible();
  await expect(page.getByText("An AI review is available when an AI provider is configured.")).toBeVisible();

  await upload(page, { name: "jane-doe.pdf", mimeType: "application/pdf", buffer: await resumePdf() }, JOB_DESCRIPTION);
  await expect(page).toHaveURL(/\/resume\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Version 1: jane-doe.pdf");

  // Sections, found by their headings.
  for (const [key, text] of [
    ["experience", "Experience: found"],
    ["education", "Education: found"],
    ["skills", "Skills: found"],
    ["projects", "Projects: found"],
  ] as const) {
    await expect(page.getByTestId(`section-${key}`)).toContainText(text);
  }
  await expect(page.getByTestId("section-contact")).toContainText("email, phone, LinkedIn");

  // The score and the parts it is made of.
  const score = await page.getByTestId("resume-score").textContent();
  expect(score).toMatch(/^\d{1,3}\/100$/);
  await expect(page.getByTestId("score-part-must_have")).toContainText("6 of 7 found × 40 points.");
  await expect(page.getByTestId("score-part-must_have")).toContainText("34.3 / 40");
  await expect(page.getByTestId("score-part-nice_to_have")).toContainText("0 / 15");
  await expect(page.getByTestId("score-part-sections")).toContainText("15 / 15");
  await expect(page.getByTestId("score-part-action_verbs")).toContainText("8 / 10");

  // Keywords, with technical terms kept whole and aliases recognised.
  const matched = page.getByRole("list", { name: "Matched must-have keywords" });
  for (const term of ["C++", "C#", "Node.js", "CI/CD", "JavaScript", "Kubernetes"]) {
    await expect(matched.getByText(term, { exact: true })).toBeVisible();
  }
  await expect(matched).toContainText("(you wrote “k8s”)");
  await expect(matched).toContainText("(you wrote “JS”)");
  await expect(page.getByRole("list", { name: "Missing must-have keywords" })).toHaveText(/Machine learning/);
  const missingNice = page.getByRole("list", { name: "Missing nice-to-have keywords" });
  for (const term of ["Go", "Kafka", "AWS"]) await expect(missingNice.getByText(term, { exact: true })).toBeVisible();

  // Suggestions: the missing must-have first, then wording.
  const suggestions = page.getByRole("list", { name: "Suggestions, most important first" }).getByRole("listitem");
  await expect(suggestions.first()).toContainText("Add “Machine learning”: the job lists it as a must-have.");
  await expect(page.getByRole("list", { name: "Suggestions, most important first" })).toContainText(
    "replace “responsible for” with a power verb such as Led, Owned or Managed",
  );
  await expect(page.getByTestId("ai-review-note")).toHaveText(/An AI review is available when an AI provider is configured/);

  // Version 2, a DOCX without a job description.
  await upload(page, {
    name: "jane-doe-v2.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await resumeDocx(),
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Version 2: jane-doe-v2.docx");
  await expect(page.getByText("No job description was given.")).toBeVisible();
  await expect(page.getByTestId("score-part-must_have")).toContainText("n/a");

  await page.getByRole("link", { name: "← All versions" }).click();
  const versions = page.getByTestId("resume-version");
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText("Version 2");
  await expect(versions.nth(0)).toContainText("jane-doe-v2.docx");
  await expect(versions.nth(0)).toContainText("Active");
  await expect(versions.nth(0)).toContainText(/\d{1,3}\/100/);
  await expect(versions.nth(1)).toContainText("Version 1");
  await expect(versions.nth(1)).toContainText(score!);
  await expect(versions.nth(1)).not.toContainText("Active");

  const stored = await db.query(`SELECT version, file_type, is_active, original_filename FROM resume_upload WHERE user_id = $1 ORDER BY version`, [user.id]);
  expect(stored.rows).toEqual([
    { version: 1, file_type: "pdf", is_active: false, original_filename: "jane-doe.pdf" },
    { version: 2, file_type: "docx", is_active: true, original_filename: "jane-doe-v2.docx" },
  ]);

  // Make version 1 active again.
  await page.getByRole("button", { name: "Make version 1 (jane-doe.pdf) active" }).click();
  await expect(versions.nth(1)).toContainText("Active");
  await expect(versions.nth(0)).not.toContainText("Active");
  const active = await db.query(`SELECT version FROM resume_upload WHERE user_id = $1 AND is_active`, [user.id]);
  expect(active.rows).toEqual([{ version: 1 }]);

  // The original file downloads, byte for byte.
  const href = await page.getByRole("link", { name: "Download version 1 (jane-doe.pdf)" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a PNG renamed .pdf is refused with a clear error and nothing is stored", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser();
  const page = await loggedInPage(user);
  await upload(page, { name: "resume.pdf", mimeType: "application/pdf", buffer: PNG_1PX }, JOB_DESCRIPTION);
  await expect(page.locator("#file-error")).toHaveText("Upload a PDF or DOCX file (this file is image/png).");
  await expect(page.getByRole("alert").filter({ hasText: "That file is not a PDF or DOCX document." })).toBeVisible();
  await expect(page.getByLabel("Resume file")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/resume$/);
  await expect(page.getByText("No resumes yet.")).toBeVisible();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM resume_upload WHERE user_id = $1`, [user.id]);
  expect(rows[0].n).toBe(0);
});

test("the form says what is missing before uploading", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  await page.goto("/resume");
  await page.getByRole("button", { name: "Upload and analyse" }).click();
  await expect(page.locator("#file-error")).toHaveText("Choose a PDF or DOCX file");
});

test("matching a version again, deleting it after confirming, and another user's version is a 404", async ({ makeUser, loggedInPage, db }) => {
  const owner = await makeUser("Owner");
  const page = await loggedInPage(owner);
  await upload(page, { name: "cv.pdf", mimeType: "application/pdf", buffer: await resumePdf() });
  await expect(page).toHaveURL(/\/resume\/[a-z0-9]+$/);
  const url = page.url();

  await page.getByLabel("Job description", { exact: true }).fill("Requirements:\n- Python and Redis\n- Terraform\nNice to have: Docker");
  await page.getByRole("button", { name: "Match this version" }).click();
  await expect(page.getByRole("list", { name: "Missing must-have keywords" })).toHaveText(/Terraform/);
  await expect(page.getByRole("list", { name: "Matched must-have keywords" })).toContainText("Redis");
  await expect(page.getByRole("list", { name: "Matched nice-to-have keywords" })).toContainText("Docker");

  const key = (await db.query(`SELECT filename FROM resume_upload WHERE user_id = $1`, [owner.id])).rows[0].filename as string;
  const intruder = await loggedInPage(await makeUser("Intruder"));
  const response = await intruder.goto(url);
  expect(response?.status()).toBe(404);
  await expect(intruder.getByRole("heading", { name: "Resume not found" })).toBeVisible();
  expect((await intruder.request.get(`/api/files/${key}`)).status()).toBe(404);

  // Delete asks first; cancelling keeps it.
  await page.getByRole("button", { name: "Delete version 1 (cv.pdf)" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete version 1?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete version 1 (cv.pdf)" }).click();
  await dialog.getByRole("button", { name: "Delete version" }).click();
  await expect(page).toHaveURL(/\/resume$/);
  await expect(page.getByText("No resumes yet.")).toBeVisible();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM resume_upload WHERE user_id = $1`, [owner.id]);
  expect(rows[0].n).toBe(0);
  expect((await page.request.get(`/api/files/${key}`)).status()).toBe(404);
});

test("the analysis fits a 375 px phone screen without sideways scrolling", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  await page.setViewportSize({ width: 375, height: 800 });
  await upload(page, { name: "a-resume-with-a-rather-long-file-name-for-small-screens.pdf", mimeType: "application/pdf", buffer: await resumePdf() }, JOB_DESCRIPTION);
  await expect(page.getByTestId("resume-score")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto("/resume");
  await expect(page.getByTestId("resume-version")).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
