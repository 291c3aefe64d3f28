// Sharing end to end: a student shares a mock interview session by link and
// with an instructor; the instructor scores it and leaves a timestamped
// comment; the student sees both on their session page; the revoked link and
// an expired one answer 404 to anyone.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, type TestUser } from "./fixtures";
import type { Factories } from "../tests/factories";

async function insertAnsweredSession(student: TestUser, factories: Factories): Promise<{ sessionId: string; answerId: string; question: string }> {
  const question = "Tell me about a time you disagreed with a teammate.";
  const now = new Date();
  const { id: sessionId, answerIds } = await factories.createSession(student.id, {
    role: "Platform engineer",
    company: "Globex",
    questionsAnswered: 1,
    averageScore: 6,
    completed: true,
    completedAt: now,
    answers: [
      {
        questionText: question,
        answerText: "We disagreed about a migration plan; I proposed a trial and we measured it.",
        answeredAt: now,
        durationSeconds: 120,
        score: 6,
        source: "local",
        evaluatedAt: now,
      },
    ],
  });
  return { sessionId, answerId: answerIds[0]!, question };
}

test("a student shares a session, an instructor reviews it, the student sees it, and the revoked link is gone", async ({ page, makeUser, loggedInPage, db, factories }) => {
  const student = await makeUser("Sam Student");
  const instructor = await makeUser("Ivy Instructor", { role: "instructor" });
  const { sessionId, answerId, question } = await insertAnsweredSession(student, factories);

  // The student opens their session and shares it: a link, then their instructor.
  const studentPage = await loggedInPage(student);
  await studentPage.goto(`/ai-interview/${sessionId}`);
  await studentPage.getByRole("link", { name: "Share this session" }).click();
  await expect(studentPage).toHaveURL(/\/sharing\?/);
  await expect(studentPage.getByLabel("What to share")).toHaveValue(`session:${sessionId}`);
  await studentPage.getByRole("button", { name: "Create link" }).click();
  const link = await studentPage.getByTestId("new-share-link").inputValue();
  expect(link).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);

  await studentPage.getByLabel("A registered instructor").check();
  await studentPage.getByLabel("Instructor's email").fill(instructor.email);
  await studentPage.getByRole("button", { name: "Share with instructor" }).click();
  await expect(studentPage.getByRole("status").filter({ hasText: "Shared with Ivy Instructor." })).toBeVisible();
  await expect(studentPage.getByTestId("instructor-share-row")).toContainText("Ivy Instructor");

  // Anyone with the link sees the session read-only, without the student's name or email, and it is not indexed.
  const shared = await page.goto(link);
  expect(shared?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Platform engineer at Globex");
  await expect(page.getByText(question)).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const html = await page.content();
  expect(html).not.toContain(student.email);
  expect(html).not.toContain("Sam Student");

  // The instructor finds the student, scores the session and comments at 0:45 of the answer.
  const instructorPage = await loggedInPage(instructor);
  await instructorPage.goto("/dashboard");
  await instructorPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Students" }).click();
  await instructorPage.getByRole("link", { name: "Sam Student" }).click();
  await instructorPage.getByRole("link", { name: "Platform engineer at Globex" }).click();
  await expect(instructorPage.getByText("Read-only · shared with you")).toBeVisible();
  // The answer is the student's, and the page says so rather than "Your answer".
  await expect(instructorPage.getByTestId("feedback-card").first().locator("summary")).toHaveText("The answer");
  for (const [criterion, score] of [["Structure", 4], ["Clarity", 3], ["Technical depth", 5], ["Concrete results", 2], ["Delivery", 4]] as const) {
    const group = instructorPage.getByRole("group", { name: criterion, exact: true });
    await group.locator("label").filter({ hasText: new RegExp(`: ${score}$`) }).click();
    await expect(group.getByRole("radio", { name: `${criterion}: ${score}` })).toBeChecked();
  }
  await instructorPage.getByLabel("Overall summary").fill("Good story; quantify the outcome.");
  await instructorPage.getByRole("button", { name: "Save review" }).click();
  await expect(instructorPage.getByText("Review saved.", { exact: false })).toBeVisible();

  await instructorPage.getByLabel("About", { exact: true }).selectOption({ label: `Question 1: ${question}` });
  await instructorPage.getByLabel("At (m:ss)").fill("0:45");
  await instructorPage.getByLabel("Comment", { exact: true }).fill("Here you should name the result in numbers.");
  await instructorPage.getByRole("button", { name: "Add comment" }).click();
  await expect(instructorPage.getByTestId("review-comment")).toContainText("Here you should name the result in numbers.");

  // What was stored: a review and a comment pinned to the answer at 45 s; the student's answer untouched.
  const { rows: comments } = await db.query("SELECT answer_id, offset_ms, body FROM review_comment WHERE session_id = $1", [sessionId]);
  expect(comments).toEqual([{ answer_id: answerId, offset_ms: 45_000, body: "Here you should name the result in numbers." }]);
  const { rows: answers } = await db.query("SELECT answer_text, score FROM session_answer WHERE session_id = $1", [sessionId]);
  expect(answers).toEqual([{ answer_text: "We disagreed about a migration plan; I proposed a trial and we measured it.", score: 6 }]);

  // A student has no Students area of their own.
  await studentPage.goto("/instructor");
  await expect(studentPage.getByText("This area is for instructor accounts")).toBeVisible();
  await expect(studentPage.getByTestId("student-list")).toHaveCount(0);

  // The student sees the rubric and the timestamped comment on their session page.
  await studentPage.goto(`/ai-interview/${sessionId}`);
  const feedback = studentPage.getByTestId("session-reviews");
  await expect(feedback.getByRole("heading", { name: "Instructor feedback" })).toBeVisible();
  await expect(feedback.getByTestId("rubric-technicalDepth")).toContainText("5/5");
  await expect(feedback.getByText("Good story; quantify the outcome.")).toBeVisible();
  const comment = feedback.getByTestId("review-comment");
  await expect(comment).toContainText("Here you should name the result in numbers.");
  await expect(comment).toContainText("Question 1");
  await expect(comment.getByTestId("comment-moment")).toHaveText("at 0:45");
  await expect(comment).toContainText("Ivy Instructor");

  // The student revokes the link after confirming; it answers 404 from then on.
  await studentPage.goto("/sharing");
  await studentPage.getByRole("button", { name: "Revoke link to Platform engineer at Globex" }).click();
  await studentPage.getByRole("dialog").getByRole("button", { name: "Revoke link" }).click();
  await expect(studentPage.getByTestId("share-link-row").first()).toContainText("Revoked");
  const gone = await page.goto(link);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Link not found" })).toBeVisible();
  expect(await page.content()).not.toContain(question);

  // Stopping the instructor share shuts the instructor out too.
  await studentPage.getByRole("button", { name: /^Revoke Platform engineer at Globex shared with Ivy Instructor/ }).click();
  await studentPage.getByRole("dialog").getByRole("button", { name: "Stop sharing" }).click();
  await expect(studentPage.getByTestId("instructor-share-row").first()).toContainText("Revoked");
  const after = await instructorPage.goto(`/instructor/sessions/ai/${sessionId}`);
  expect(after?.status()).toBe(404);
});

test("an expired link and a made-up token answer 404", async ({ page, makeUser, loggedInPage, db, baseURL }) => {
  const student = await makeUser("Exp Student");
  const studentPage = await loggedInPage(student);
  await studentPage.goto("/sharing");
  await studentPage.getByLabel("Link expires").selectOption({ label: "In 1 day" });
  await studentPage.getByRole("button", { name: "Create link" }).click();
  const link = await studentPage.getByTestId("new-share-link").inputValue();
  const { rows } = await db.query("SELECT expires_at FROM share_link WHERE token = $1", [link.split("/")[2]]);
  expect(rows).toHaveLength(1);

  expect((await page.goto(link))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Shared practice dashboard" })).toBeVisible();
  // Two days later (the server's test clock) the link is dead.
  await page.context().addCookies([{ name: "test-now", value: new Date(Date.now() + 2 * 86_400_000).toISOString(), url: baseURL! }]);
  expect((await page.goto(link))?.status()).toBe(404);
  await page.context().clearCookies();
  expect((await page.goto(`/share/${"A".repeat(43)}`))?.status()).toBe(404);
  expect((await page.goto("/share/not-a-token"))?.status()).toBe(404);
});

test("a person can sign up as an instructor and sees Students, not Sharing", async ({ page, db, prisma }) => {
  const email = `coach-${randomUUID().slice(0, 8)}@example.test`;
  await page.goto("/register");
  await page.getByLabel("Name").fill("Casey Coach");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("coach-password-1");
  await page.getByLabel("An instructor or coach").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Students" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sharing" })).toHaveCount(0);
  await page.goto("/instructor");
  await expect(page.getByRole("heading", { name: "No students yet" })).toBeVisible();
  const { rows } = await db.query(`SELECT role FROM "user" WHERE email = $1`, [email]);
  expect(rows).toEqual([{ role: "instructor" }]);
  await prisma.user.deleteMany({ where: { email } });
});

async function expectUsableOnAPhone(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, path).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
}

test("the sharing, instructor and share-link pages with data are accessible and fit a 375 px screen", async ({ makeUser, loggedInPage, factories }) => {
  // Seven pages, each scanned by axe: more than the default 30 s on a shared machine.
  test.setTimeout(150_000);
  const student = await makeUser("Sam Student");
  const instructor = await makeUser("Ivy Instructor", { role: "instructor" });
  const { sessionId, answerId } = await insertAnsweredSession(student, factories);
  const { token } = await factories.createShareLink(student.id, { sessionId });
  await factories.createShareLink(student.id, { revokedAt: new Date() });
  await factories.createInstructorShare(student.id, instructor.id, { sessionId });
  await factories.createInstructorShare(student.id, instructor.id);
  await factories.createReview(instructor.id, student.id, sessionId, {
    rubric: { structure: 4, clarity: 3, technicalDepth: 5, concreteResults: 2, delivery: 4 },
    summary: "A long summary that should wrap nicely on a narrow screen without pushing the layout sideways.",
  });
  await factories.createReviewComment(instructor.id, student.id, sessionId, { answerId, offsetMs: 45_000, body: "Name the result." });

  const studentPage = await loggedInPage(student);
  for (const path of ["/sharing", `/sharing?scope=session&session=${sessionId}`, `/ai-interview/${sessionId}`]) await expectUsableOnAPhone(studentPage, path);
  const instructorPage = await loggedInPage(instructor);
  for (const path of ["/instructor", `/instructor/students/${student.id}`, `/instructor/sessions/ai/${sessionId}`]) await expectUsableOnAPhone(instructorPage, path);
  await expectUsableOnAPhone(studentPage, `/share/${token}`);
});

test("a shared video interview: the instructor comments at a moment of the recording, the link shows it read-only", async ({ page, makeUser, loggedInPage, db, factories }) => {
  const student = await makeUser("Vic Video");
  const instructor = await makeUser("Ivy Instructor", { role: "instructor" });
  const now = new Date();
  const { id: sessionId } = await factories.createSession(student.id, {
    kind: "avatar",
    role: "Support lead",
    company: "Initech",
    questionsAnswered: 1,
    averageScore: 7,
    completed: true,
    recording: { postureScore: 81, engagementScore: 64, durationMs: 150_000 },
    answers: [
      {
        questionText: "How do you calm an angry customer?",
        answerText: "I listen first, then restate the problem.",
        answeredAt: now,
        score: 7,
        source: "local",
        evaluatedAt: now,
        recordingOffsetMs: 3000,
      },
    ],
  });
  const { token } = await factories.createShareLink(student.id, { sessionId });

  // Not shared with the instructor yet: 404.
  const instructorPage = await loggedInPage(instructor);
  expect((await instructorPage.goto(`/instructor/sessions/avatar/${sessionId}`))?.status()).toBe(404);

  const studentPage = await loggedInPage(student);
  // A link in the old form (scope=avatar_session, from before sessions were one kind) still preselects the session.
  await studentPage.goto(`/sharing?scope=avatar_session&session=${sessionId}`);
  await expect(studentPage.getByLabel("What to share")).toHaveValue(`session:${sessionId}`);
  // Before sharing a video interview the student is told the recording goes with it.
  await expect(studentPage.getByTestId("share-video-note")).toContainText("anyone with the link can watch its recording");
  await studentPage.getByLabel("A registered instructor").check();
  await expect(studentPage.getByTestId("share-video-note")).toContainText("the instructor can watch its recording");
  await studentPage.getByLabel("Instructor's email").fill(instructor.email);
  await studentPage.getByRole("button", { name: "Share with instructor" }).click();
  await expect(studentPage.getByRole("status").filter({ hasText: "Shared with Ivy Instructor." })).toBeVisible();

  await instructorPage.goto(`/instructor/sessions/avatar/${sessionId}`);
  await expect(instructorPage.getByRole("heading", { level: 1 })).toHaveText("Support lead at Initech");
  await expect(instructorPage.getByText("Starts at 0:03 in the recording")).toBeVisible();
  await instructorPage.getByLabel("About", { exact: true }).selectOption({ label: "Question 1: How do you calm an angry customer?" });
  await instructorPage.getByLabel("At (m:ss)").fill("2:31");
  await instructorPage.getByLabel("Comment", { exact: true }).fill("Eye contact drops here.");
  await instructorPage.getByRole("button", { name: "Add comment" }).click();
  await expect(instructorPage.getByRole("form", { name: "Add a comment" }).getByRole("alert")).toContainText("past the end (2:30)");
  await instructorPage.getByLabel("At (m:ss)").fill("1:10");
  await instructorPage.getByRole("button", { name: "Add comment" }).click();
  await expect(instructorPage.getByTestId("comment-moment")).toHaveText("video at 1:10");
  const { rows } = await db.query("SELECT offset_ms FROM review_comment WHERE session_id = $1", [sessionId]);
  expect(rows).toEqual([{ offset_ms: 70_000 }]);

  // The student sees the comment, at its moment of the video, on their results page.
  await studentPage.goto(`/avatar-interview/${sessionId}`);
  await expect(studentPage.getByText("Eye contact drops here.")).toBeVisible();
  await expect(studentPage.getByTestId("comment-moment")).toHaveText("video at 1:10");

  // The public link shows the session but never the instructor's comments.
  expect((await page.goto(`/share/${token}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support lead at Initech");
  await expect(page.getByText("How do you calm an angry customer?")).toBeVisible();
  expect(await page.content()).not.toContain("Eye contact drops here.");
});
