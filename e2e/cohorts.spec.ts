import { test, expect } from "./fixtures";

// Issue #15: an instructor builds a set from the bank and their own question, invites a student
// to a cohort by its link, assigns the set; the student, told the instructor will see it,
// completes the mock interview; the instructor's cohort view then shows it. A revoked code
// admits no one.

const GOOD =
  "At my last job our checkout service kept failing under peak load. I was responsible for fixing it, so I profiled the slow queries, added caching and moved e-mails to a queue. As a result p99 latency fell from 2 seconds to 300 ms and we had no outages that quarter.";
const WEAK = "Um, I think I would, you know, kind of just try things until it works.";

test("an instructor assigns a set, a student completes it, and the instructor sees the result", async ({ makeUser, loggedInPage, db }) => {
  // Three people, four pages and a whole interview: well past the default 30 s on a shared machine.
  test.setTimeout(240_000);
  const instructor = await makeUser("Ingrid Instructor");
  await db.query(`UPDATE "user" SET role = 'instructor' WHERE id = $1`, [instructor.id]);
  const student = await makeUser("Sam Student");
  const teacher = await loggedInPage(instructor);

  // A set: one bank question found by role, type and text, and one of the instructor's own.
  await teacher.goto("/instructor/sets");
  await teacher.getByLabel("Name").fill("Backend week 1");
  await teacher.getByRole("button", { name: "Create set" }).click();
  await expect(teacher).toHaveURL(/\/instructor\/sets\/[a-z0-9]+$/);
  await expect(teacher.getByRole("heading", { name: "Backend week 1" })).toBeVisible();
  const search = teacher.getByRole("search", { name: "Search the bank" });
  await search.getByLabel("Role").selectOption("backend");
  await search.getByLabel("Type").selectOption("behavioral");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(teacher).toHaveURL(/role=backend/);
  const picker = teacher.getByRole("form", { name: "Pick from the bank" });
  const firstQuestion = picker.getByRole("checkbox").first();
  const label = (await picker.getByRole("listitem").first().innerText()).trim();
  // The label ends with " (role, type, difficulty)".
  const bankText = label.slice(0, label.lastIndexOf(" (")).trim();
  await firstQuestion.check();
  await picker.getByRole("button", { name: "Add 1 to the set" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Added to the set." })).toBeVisible();
  const own = teacher.getByRole("form", { name: "Write your own question" });
  await own.getByLabel("Question").fill("Tell me about a time you fixed a service that was failing under load.");
  await own.getByLabel("Talking points").fill("the situation\nwhat you did\nthe measured result");
  await own.getByRole("button", { name: "Add question" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Question added." })).toBeVisible();
  const items = teacher.getByRole("region", { name: /Questions \(2\/10\)/ }).getByRole("listitem").filter({ hasText: "from the bank" });
  await expect(items).toHaveCount(1);
  await expect(teacher.getByText("the measured result")).toBeVisible();

  // A cohort with a join link; the student joins through it.
  await teacher.goto("/instructor/cohorts");
  await teacher.getByLabel("Name").fill("Spring cohort");
  await teacher.getByRole("button", { name: "Create cohort" }).click();
  await expect(teacher).toHaveURL(/\/instructor\/cohorts\/[a-z0-9]+$/);
  const link = (await teacher.getByTestId("join-link").innerText()).trim();
  expect(link).toMatch(/^\/cohorts\?code=[A-Z2-9]{8}$/);

  const learner = await loggedInPage(student);
  await learner.goto(link);
  await expect(learner.getByLabel("Cohort code")).toHaveValue(link.split("=")[1]!);
  await learner.getByRole("button", { name: "Join" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "You joined Spring cohort." })).toBeVisible();
  await expect(learner.getByRole("listitem").filter({ hasText: "Spring cohort" })).toContainText("with Ingrid Instructor");

  // The instructor assigns the set with a due date.
  await teacher.getByLabel("Question set").selectOption({ label: "Backend week 1" });
  await teacher.getByLabel("Due date").fill("2030-03-12");
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Set assigned." })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Assigned sets" })).toContainText("Backend week 1 · due 12 Mar 2030");

  // The student sees it on the dashboard, is told who will see it, and completes it.
  await learner.goto("/dashboard");
  const assigned = learner.getByRole("listitem", { name: "Backend week 1" });
  await expect(assigned).toContainText("Spring cohort · 2 questions · due 12 Mar 2030");
  await expect(assigned).toContainText("Ingrid Instructor will see the sessions you run from this set");
  await expect(assigned.getByText("To do")).toBeVisible();
  await assigned.getByRole("button", { name: "Start mock interview" }).click();
  await expect(learner).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  const sessionId = learner.url().split("/").at(-1)!;
  await expect(learner.getByText("Question 1 of 2")).toBeVisible();
  await expect(learner.getByText(bankText).first()).toBeVisible();
  await learner.getByLabel("Your answer", { exact: true }).fill(WEAK);
  await learner.getByRole("button", { name: "Submit answer" }).click();
  await expect(learner.getByText("Question 2 of 2")).toBeVisible();
  await learner.getByLabel("Your answer", { exact: true }).fill(GOOD);
  await learner.getByRole("button", { name: "Submit answer" }).click();
  await expect(learner.getByRole("heading", { name: "Session summary" })).toBeVisible();
  const average = (await learner.getByTestId("session-average").innerText()).trim();

  const { rows } = await db.query(
    `SELECT s.completed, a.cohort_id IS NOT NULL AS assigned, array_agg(q.question_text ORDER BY q.position) AS questions
     FROM interview_session s JOIN cohort_assignment a ON a.id = s.assignment_id JOIN session_answer q ON q.session_id = s.id
     WHERE s.id = $1 AND s.user_id = $2 GROUP BY s.completed, a.cohort_id`,
    [sessionId, student.id],
  );
  expect(rows).toEqual([{ completed: true, assigned: true, questions: [bankText, "Tell me about a time you fixed a service that was failing under load."] }]);

  await learner.goto("/dashboard");
  await expect(learner.getByRole("listitem", { name: "Backend week 1" }).getByText("Done", { exact: true })).toBeVisible();

  // The instructor's cohort view: done, the average, the weakest areas and a link to the session.
  await teacher.reload();
  const cell = teacher.getByRole("row", { name: /Sam Student/ });
  await expect(cell.getByText("Done", { exact: true })).toBeVisible();
  // The summary prints one decimal ("7.0/10"); the cohort view prints the number as stored.
  await expect(cell).toContainText(`Average ${Number(average.split("/")[0])}/10`);
  await expect(cell).toContainText("Weakest areas:");
  await cell.getByRole("link", { name: /Session of/ }).click();
  await expect(teacher).toHaveURL(new RegExp(`/instructor/sessions/ai/${sessionId}$`));
  // Reached through the cohort, not a share: the page says so, and leads back to the cohorts rather than to a student page that isn't there.
  await expect(teacher.getByText("Read-only · run from a set you assigned")).toBeVisible();
  await expect(teacher.getByRole("link", { name: "← Your cohorts" })).toHaveAttribute("href", "/instructor/cohorts");
  // The answer sits in the feedback card's collapsed details: present on the page, opened on demand.
  await expect(teacher.getByText(WEAK).first()).toBeAttached();

  // Revoking the code keeps the student in and admits no one new.
  await teacher.goBack();
  await teacher.getByRole("button", { name: "Revoke code" }).click();
  await expect(teacher.getByTestId("join-code-status")).toContainText("admits no one");
  const latecomer = await loggedInPage(await makeUser("Lee Late"));
  await latecomer.goto(link);
  await latecomer.getByRole("button", { name: "Join" }).click();
  await expect(latecomer.getByRole("alert").filter({ hasText: "No cohort accepts that code" })).toBeVisible();
  const members = await db.query(`SELECT count(*)::int AS n FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id WHERE c.instructor_id = $1`, [instructor.id]);
  expect(members.rows[0].n).toBe(1);
});
