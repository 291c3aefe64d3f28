import { test, expect } from "./fixtures";

// One typed session with the local engine: a story that stops before its ending gets a follow-up
// on the result, the user answers it, and the summary and the history show the thread.

const QUESTION = "Tell me about a time you missed a deadline.";
const VAGUE =
  "Last spring I was late with a client report because the data export took longer than I expected. I called the client, " +
  "explained what had slipped and offered a partial report first.";
const FOLLOW_UP_ANSWER =
  "As a result the client got the full report two days later and renewed the contract for another year, and I now add a " +
  "one-day buffer to every estimate, which cut my late deliveries from 4 to 0 last year.";

test("a vague answer gets a follow-up on its gap, and the thread shows in the summary and the history", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser("Fola Followup");
  const page = await loggedInPage(user);
  await page.goto("/ai-interview");
  await page.getByLabel("Role").fill("Account manager");
  await page.getByLabel("Interview type").selectOption("behavioral");
  await page.getByLabel("Questions").fill("1");
  await expect(page.getByLabel("Follow-ups per question")).toHaveValue("1");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  const sessionId = page.url().split("/").at(-1)!;
  // Questions are drawn at random: pin the one the answers are about.
  await db.query(
    `UPDATE session_answer SET question_text = $2, question_type = 'behavioral', question_id = NULL, talking_points = '{}'
     WHERE position = 1 AND session_id = $1`,
    [sessionId, QUESTION],
  );
  await page.reload();
  await expect(page.getByRole("heading", { name: QUESTION })).toBeVisible();

  await page.getByLabel("Your answer", { exact: true }).fill(VAGUE);
  await page.getByRole("button", { name: "Submit answer" }).click();

  await expect(page.getByText("Follow-up to question 1 of 1")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What was the outcome, in numbers if you have them?" })).toBeVisible();
  await expect(page.getByTestId("follow-up-reason")).toContainText("does not say how it ended");
  await expect(page.getByTestId("feedback-card").getByTestId("answer-score")).toHaveText(/^\d+\.\d\/10$/);
  const firstScore = Number((await page.getByTestId("feedback-card").getByTestId("answer-score").textContent())!.split("/")[0]);

  await page.getByLabel("Your answer", { exact: true }).fill(FOLLOW_UP_ANSWER);
  await page.getByRole("button", { name: "Submit answer" }).click();

  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
  await expect(page.getByText("average over 1 question (1 follow-up counted with their questions)")).toBeVisible();
  const cards = page.locator('[data-testid="feedback-card"], [data-testid="follow-up-card"]');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByRole("heading").first()).toHaveText(`Question 1: ${QUESTION}`);
  await expect(cards.nth(1).getByRole("heading").first()).toHaveText("Follow-up to question 1: What was the outcome, in numbers if you have them?");
  await expect(cards.nth(1)).toContainText("Follow-up from the local engine (no AI)");
  const threadScore = Number((await cards.nth(1).getByTestId("answer-score").textContent())!.split("/")[0]);
  expect(threadScore).toBeGreaterThan(firstScore);
  // The session's average is the thread's score, not the mean of its two rows.
  await expect(page.getByTestId("session-average")).toHaveText(`${threadScore.toFixed(1)}/10`);

  const { rows } = await db.query(
    `SELECT position, parent_id, follow_up_target, answer_text FROM session_answer WHERE session_id = $1 ORDER BY position`,
    [sessionId],
  );
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatchObject({ position: 2, follow_up_target: "result", answer_text: FOLLOW_UP_ANSWER });
  expect(rows[1].parent_id).not.toBeNull();
  expect(rows[0].parent_id).toBeNull();

  await page.getByRole("link", { name: "← All sessions" }).click();
  const history = page.getByRole("list", { name: "Past sessions" });
  await expect(history.getByText(`${threadScore.toFixed(1)}/10`)).toBeVisible();
  await history.getByRole("link", { name: "Account manager" }).click();
  await expect(page.getByTestId("follow-up-card")).toContainText(FOLLOW_UP_ANSWER.slice(0, 40));
});
