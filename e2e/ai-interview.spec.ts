import { test, expect } from "./fixtures";

const ANSWERS = [
  "At my previous company our checkout service failed under peak load. I was responsible for stabilising it, so I profiled the slow queries, added caching and a queue for emails. As a result p99 latency dropped from 2 seconds to 300 ms and we had zero outages that quarter.",
  "I would start by clarifying requirements and constraints, then design the API, the data model and the caching layer, and explain the trade-offs between consistency and availability. I would measure it with load tests.",
  "Um, I think I would, you know, kind of just try things until it works.",
];

test("a three-question session with the local engine survives a reload and ends in a summary", async ({
  makeUser,
  loggedInPage,
  db,
  prisma,
}) => {
  const user = await makeUser("Casey Candidate");
  const page = await loggedInPage(user);
  await page.goto("/ai-interview");
  await expect(page.getByText("No sessions yet.")).toBeVisible();
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Experience level").selectOption("mid");
  await page.getByLabel("Interview type").selectOption("mixed");
  await page.getByLabel("Questions").fill("3");
  // This session is about resuming and the summary; follow-ups have their own spec.
  await page.getByLabel("Follow-ups per question").selectOption("0");
  await page.getByRole("button", { name: "Start interview" }).click();

  await expect(page).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  await expect(page.getByText("Question 1 of 3")).toBeVisible();
  await expect(page.getByTestId("source-badge")).toHaveText("Questions from the curated bank (no AI)");
  // Questions are drawn at random and scores now depend on answering the question asked: pin the
  // first question to one the first answer is about, so comparing its score means something.
  await prisma.sessionAnswer.updateMany({
    where: { position: 1, sessionId: page.url().split("/").at(-1) },
    data: { questionText: "Tell me about a time you fixed a service that was failing under load.", questionType: "behavioral", questionId: null, talkingPoints: [] },
  });

  // Question 1
  await page.getByLabel("Your answer", { exact: true }).fill(ANSWERS[0]!);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  const firstFeedback = page.getByTestId("feedback-card");
  await expect(firstFeedback.getByTestId("source-badge")).toHaveText("Scored by the local evaluator (no AI)");
  await expect(firstFeedback.getByTestId("answer-score")).toHaveText(/^\d+\.\d\/10$/);

  // A half-written answer survives a reload, and the session resumes at question 2.
  await page.getByLabel("Your answer", { exact: true }).fill("Draft that must survive");
  await page.reload();
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  await expect(page.getByLabel("Your answer", { exact: true })).toHaveValue("Draft that must survive");
  await page.getByLabel("Your answer", { exact: true }).fill(ANSWERS[1]!);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByText("Question 3 of 3")).toBeVisible();

  await page.getByLabel("Your answer", { exact: true }).fill(ANSWERS[2]!);
  await page.getByRole("button", { name: "Submit answer" }).click();

  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
  await expect(page.getByTestId("session-average")).toHaveText(/^\d+\.\d\/10$/);
  await expect(page.getByTestId("feedback-card")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Weakest areas" })).toBeVisible();

  const { rows } = await db.query(
    `SELECT a.answer_text, a.score, a.source FROM session_answer a JOIN interview_session s ON s.id = a.session_id
     WHERE s.user_id = $1 ORDER BY a.position`,
    [user.id],
  );
  expect(rows.map((r) => r.answer_text)).toEqual(ANSWERS);
  expect(rows.every((r) => r.source === "local" && r.score >= 1 && r.score <= 10)).toBe(true);
  expect(rows[0].score).toBeGreaterThan(rows[2].score);

  await page.getByRole("link", { name: "← All sessions" }).click();
  const history = page.getByRole("list", { name: "Past sessions" });
  await expect(history.getByRole("link", { name: "Backend engineer" })).toBeVisible();
  await expect(history.getByText(/^\d+\.\d\/10$/)).toBeVisible();
});

test("another user's session is a 404 page", async ({ makeUser, loggedInPage }) => {
  const owner = await makeUser("Owner");
  const ownerPage = await loggedInPage(owner);
  await ownerPage.goto("/ai-interview");
  await ownerPage.getByLabel("Role").fill("Data analyst");
  await ownerPage.getByLabel("Questions").fill("1");
  await ownerPage.getByRole("button", { name: "Start interview" }).click();
  await expect(ownerPage).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  const url = ownerPage.url();

  const intruderPage = await loggedInPage(await makeUser("Intruder"));
  const response = await intruderPage.goto(url);
  expect(response?.status()).toBe(404);
  await expect(intruderPage.getByRole("heading", { name: "Session not found" })).toBeVisible();
});

test("the setup form explains what is wrong", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  await page.goto("/ai-interview");
  await page.getByLabel("Questions").fill("50");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page.locator("#role-error")).toHaveText("Enter the role you are preparing for");
  await expect(page.locator("#count-error")).toHaveText("Ask for at most 10 questions");
});

test("an answer to another question is told so and scored low; a real answer to the same question is not", async ({
  makeUser,
  loggedInPage,
  factories,
}) => {
  const user = await makeUser("Honest Feedback");
  const page = await loggedInPage(user);
  const question = "What's the difference between TCP and UDP?";
  await factories.createInterview(user.id, {
    company: "Acme",
    position: "Network engineer",
    date: new Date(Date.now() - 24 * 60 * 60 * 1000),
    status: "completed",
    questions: [{ text: question, type: "technical" }],
  });

  const practise = async (answer: string) => {
    await page.goto("/interviews/questions");
    await page.getByLabel(question).check();
    // The count is drawn by the form's script: once it shows, the form is live.
    await expect(page.getByText("1 selected")).toBeVisible();
    await page.getByRole("button", { name: "Practise these" }).click();
    await expect(page.getByRole("heading", { name: question })).toBeVisible();
    await page.getByLabel("Your answer", { exact: true }).fill(answer);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
    return page.getByTestId("feedback-card");
  };

  // A polished answer about caching: well made, but not what was asked.
  const offTopic = await practise(
    "Caching keeps a copy of expensive results somewhere faster so you don't recompute them on every read. The most common pattern is cache-aside: the application looks in Redis first, and on a miss it runs the slow query, stores the result with a TTL and returns it. On writes, you update the database and then delete the cached key rather than overwriting it, which avoids races where two writers leave a stale value behind. I'd watch the hit rate; if it stays below about 80%, the cache may not be worth its complexity.",
  );
  await expect(offTopic.getByTestId("relevance-verdict")).toContainText("Doesn't answer the question");
  await expect(offTopic.getByTestId("relevance-verdict")).toContainText("TCP and UDP");
  const low = Number((await offTopic.getByTestId("answer-score").innerText()).split("/")[0]);
  expect(low).toBeLessThanOrEqual(3);
  await expect(offTopic.getByRole("list", { name: "To improve" }).getByRole("listitem").first()).toContainText(
    "doesn't answer the question asked",
  );

  const onTopic = await practise(
    "TCP is connection-oriented: it opens with a three-way handshake, numbers every byte, and the receiver acknowledges what it gets, so the sender retransmits anything lost and the application sees an ordered, reliable stream. It also does flow and congestion control. UDP is connectionless: it just sends independent datagrams with a small 8-byte header and no delivery or ordering guarantee. That makes UDP lower latency, which suits voice, games and DNS, while TCP suits web APIs, file transfer and databases. QUIC builds reliability on top of UDP for HTTP/3.",
  );
  await expect(onTopic.getByTestId("relevance-verdict")).not.toContainText("Doesn't answer the question");
  const high = Number((await onTopic.getByTestId("answer-score").innerText()).split("/")[0]);
  expect(high).toBeGreaterThanOrEqual(low + 3);
});
