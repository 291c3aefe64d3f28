import { test, expect } from "./fixtures";

type Poll = { status: string; progress: number };

test("build a roadmap: fill the form, watch the job's progress, see the milestones; history lists it", async ({ makeUser, loggedInPage, db, baseURL }) => {
  const user = await makeUser("Robin Roadmap");
  const page = await loggedInPage(user);
  // The plan starts on the server's "today", which the test clock fixes.
  await page.context().addCookies([{ name: "test-now", value: "2030-01-07T10:00:00.000Z", url: baseURL! }]);
  const polls: Poll[] = [];
  page.on("response", async (response) => {
    if (/\/api\/roadmap\/[^/]+$/.test(new URL(response.url()).pathname) && response.ok()) polls.push((await response.json()) as Poll);
  });

  await page.goto("/roadmap");
  await expect(page.getByText("No roadmaps yet.")).toBeVisible();
  await page.getByLabel("Current role").fill("QA engineer");
  await page.getByLabel("Target role").fill("Data analyst");
  const skills = page.getByLabel("Skills you already have");
  await skills.fill("SQL");
  await skills.press("Enter");
  await skills.fill("Excel, Python");
  await page.getByLabel("Years of work experience").fill("3");
  const added = page.getByRole("list", { name: "Skills added" });
  await expect(added.getByRole("listitem")).toHaveText(["SQL", "Excel", "Python"]);
  await page.getByRole("button", { name: "Build my roadmap" }).click();

  await expect(page).toHaveURL(/\/roadmap\/[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  // While the job runs the page shows a progress bar and the current stage; it then
  // refreshes itself into the finished roadmap (the job may also be done at once).
  await expect(page.getByRole("progressbar", { name: "Roadmap progress" }).or(page.getByRole("heading", { name: "Milestones" }))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Milestones" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("progressbar", { name: "Roadmap progress" })).toHaveCount(0);
  for (let i = 1; i < polls.length; i++) expect(polls[i]!.progress).toBeGreaterThanOrEqual(polls[i - 1]!.progress);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roadmap: Data analyst");
  await expect(page.getByTestId("roadmap-source")).toHaveText("Built from our curated template (no AI)");
  const milestones = page.getByTestId("milestone");
  await expect(milestones).toHaveCount(7);
  await expect(milestones.first()).toContainText("Bridge from QA engineer to Data analyst");
  const timeline = page.getByTestId("roadmap-timeline");
  await expect(timeline.locator("dt")).toHaveText(["Start", "Target date", "Length"]);
  await expect(timeline.locator("dd").first()).toHaveText("7 January 2030");
  const have = page.getByRole("list", { name: "Skills you have" });
  await expect(have).toContainText("SQL");
  await expect(have).toContainText("Spreadsheets");
  await expect(have).toContainText("Python for analysis");
  await expect(page.getByRole("list", { name: "Resources" }).getByRole("link").first()).toBeVisible();

  const { rows } = await db.query(`SELECT status, progress, source, skills FROM career_roadmap WHERE id = $1 AND user_id = $2`, [id, user.id]);
  expect(rows[0]).toMatchObject({ status: "done", progress: 100, source: "local", skills: ["SQL", "Excel", "Python"] });

  // A phone-width screen shows it without horizontal scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: "← All roadmaps" }).click();
  const history = page.getByRole("list", { name: "Your roadmaps" });
  await expect(history.getByRole("link", { name: "QA engineer → Data analyst" })).toBeVisible();
  await expect(history.getByText("Ready")).toBeVisible();

  // Deleting asks first.
  await history.getByRole("button", { name: "Delete roadmap: QA engineer → Data analyst" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this roadmap?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete roadmap" }).click();
  await expect(page.getByText("No roadmaps yet.")).toBeVisible();
  const left = await db.query(`SELECT count(*)::int AS n FROM career_roadmap WHERE user_id = $1`, [user.id]);
  expect(left.rows[0].n).toBe(0);
});

test("the page follows a running job live, explains a failure, and Try again finishes it", async ({ makeUser, loggedInPage, db, factories, prisma }) => {
  const user = await makeUser("Pat Progress");
  const page = await loggedInPage(user);
  // A roadmap whose job is half-way (rows written as the job writes them).
  const { id } = await factories.createRoadmap(user.id, {
    currentRole: "Student",
    targetRole: "Frontend engineer",
    skills: ["HTML", "CSS"],
    experienceYears: 0,
    status: "running",
    progress: 35,
    stage: "Adapting milestones to your skills and experience",
  });
  await page.goto(`/roadmap/${id}`);
  const bar = page.getByRole("progressbar", { name: "Roadmap progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", "35");
  await expect(page.getByTestId("roadmap-stage")).toHaveText("Adapting milestones to your skills and experience");

  await prisma.careerRoadmap.update({ where: { id }, data: { progress: 90, stage: "Saving your roadmap" } });
  await expect(page.getByTestId("roadmap-stage")).toHaveText("Saving your roadmap");
  await expect(bar).toHaveAttribute("aria-valuenow", "90");

  await prisma.careerRoadmap.update({ where: { id }, data: { status: "failed", stage: null, error: "The job gave up after several attempts." } });
  await expect(page.getByRole("heading", { name: "We could not build this roadmap" })).toBeVisible();
  await expect(page.getByText("The job gave up after several attempts.")).toBeVisible();

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Milestones" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roadmap: Frontend engineer");
  await expect(page.getByTestId("milestone").first()).toContainText("Bridge from Student to Frontend engineer");
  const { rows } = await db.query(`SELECT status, error FROM career_roadmap WHERE id = $1`, [id]);
  expect(rows[0]).toEqual({ status: "done", error: null });
});

test("another user's roadmap is a 404, on the page and in the API", async ({ makeUser, loggedInPage }) => {
  const owner = await makeUser("Owner");
  const ownerPage = await loggedInPage(owner);
  await ownerPage.goto("/roadmap");
  await ownerPage.getByLabel("Current role").fill("Teacher");
  await ownerPage.getByLabel("Target role").fill("UX designer");
  await ownerPage.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(ownerPage).toHaveURL(/\/roadmap\/[a-z0-9]+$/);
  const url = ownerPage.url();
  const id = new URL(url).pathname.split("/").pop()!;
  expect((await ownerPage.request.get(`/api/roadmap/${id}`)).status()).toBe(200);

  const intruderPage = await loggedInPage(await makeUser("Intruder"));
  const response = await intruderPage.goto(url);
  expect(response?.status()).toBe(404);
  await expect(intruderPage.getByRole("heading", { name: "Roadmap not found" })).toBeVisible();
  const api = await intruderPage.request.get(`/api/roadmap/${id}`);
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ code: "not_found" });
});

test("the form explains what is wrong", async ({ makeUser, loggedInPage, db }) => {
  const user = await makeUser("Fran Form");
  const page = await loggedInPage(user);
  await page.goto("/roadmap");
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  const current = page.getByLabel("Current role");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter your current role")).toBeVisible();
  await expect(page.getByText("Enter the role you are aiming for")).toBeVisible();

  await current.fill("Chef");
  await page.getByLabel("Target role").fill("Astronaut");
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page.getByText("We have no roadmap close to that role. Choose one from the list.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "We have no roadmap for that role yet." })).toBeVisible();
  await expect(page).toHaveURL(/\/roadmap$/);
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM career_roadmap WHERE user_id = $1`, [user.id]);
  expect(rows[0].n).toBe(0);
});
