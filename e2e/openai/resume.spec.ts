// Resume review on a server with AI_PROVIDER=openai: the local analysis as always, plus the
// model's review, labelled with the model; a reply that is not JSON is said so, and matching
// again asks the model again.
import { test, expect, BY_MODEL, MODEL } from "./fixtures";
import { JOB_DESCRIPTION, resumePdf } from "../../tests/fixtures/resume-files";

test("an uploaded PDF gets the model's review, labelled with the model", async ({ makeUser, loggedInPage, db, fakeOpenAi }) => {
  const user = await makeUser("Jane Doe");
  const page = await loggedInPage(user);
  await page.goto("/resume");
  await page.getByLabel("Resume file").setInputFiles({ name: "jane-doe.pdf", mimeType: "application/pdf", buffer: await resumePdf() });
  await page.getByLabel("Job description (optional)").fill(JOB_DESCRIPTION);
  await page.getByRole("button", { name: "Upload and analyse" }).click();
  await expect(page).toHaveURL(/\/resume\/[a-z0-9]+$/);

  // The local analysis is still there…
  await expect(page.getByTestId("resume-score")).toHaveText(/^\d{1,3}\/100$/);
  // …and beside it, the model's review, named as the model's.
  const review = page.getByRole("region", { name: /AI review/ });
  await expect(review.getByTestId("ai-review-source")).toHaveText(`AI (${BY_MODEL})`);
  await expect(review).toContainText("the job's machine learning requirement is the main gap");
  await expect(review.getByRole("listitem").filter({ hasText: "Add any machine learning work, even a side project." })).toBeVisible();
  await expect(review).toContainText(`Written by ${BY_MODEL} from your resume text`);

  const { rows } = await db.query(`SELECT suggestions->'aiReview'->>'source' AS source, suggestions->'aiReview'->>'model' AS model FROM resume_upload WHERE user_id = $1`, [
    user.id,
  ]);
  expect(rows).toEqual([{ source: "openai", model: MODEL }]);
  // The resume text and the job description went to the fake, and nothing else was asked.
  const requests = await fakeOpenAi.requests();
  expect(requests).toHaveLength(1);
  expect(JSON.stringify(requests[0]!.body)).toContain("Acme Payments");
});

test("a reply that is not JSON leaves the local analysis, says why, and matching again adds the review", async ({ makeUser, loggedInPage, fakeOpenAi }) => {
  const page = await loggedInPage(await makeUser("Mal Formed"));
  await fakeOpenAi.setMode("malformed");
  await page.goto("/resume");
  await page.getByLabel("Resume file").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: await resumePdf() });
  await page.getByRole("button", { name: "Upload and analyse" }).click();
  await expect(page).toHaveURL(/\/resume\/[a-z0-9]+$/);
  await expect(page.getByTestId("resume-score")).toHaveText(/^\d{1,3}\/100$/);
  await expect(page.getByTestId("ai-review-note")).toHaveText(
    "The AI review could not be produced this time (The AI provider's reply was not valid JSON). Everything above is computed locally; match again to retry.",
  );
  await expect(page.getByTestId("ai-review-source")).toHaveCount(0);
  // Asked once, retried once, then the local analysis alone.
  expect(await fakeOpenAi.requests()).toHaveLength(2);

  await fakeOpenAi.setMode("ok");
  await page.getByLabel("Job description", { exact: true }).fill(JOB_DESCRIPTION);
  await page.getByRole("button", { name: "Match this version" }).click();
  await expect(page.getByTestId("ai-review-source")).toHaveText(`AI (${BY_MODEL})`);
  await expect(page.getByTestId("ai-review-note")).toHaveCount(0);
});
