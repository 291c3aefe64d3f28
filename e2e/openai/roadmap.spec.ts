// A roadmap on a server with AI_PROVIDER=openai: the template plan, refined by the model behind
// the loopback Chat Completions fake (goals, one tip per milestone, a summary), and labelled
// with it; a server error leaves the template plan and says why.
import type { Page } from "@playwright/test";
import { test, expect, BY_MODEL, MODEL } from "./fixtures";

async function build(page: Page): Promise<string> {
  await page.goto("/roadmap");
  await page.getByLabel("Current role").fill("QA engineer");
  await page.getByLabel("Target role").fill("Data analyst");
  const skills = page.getByLabel("Skills you already have");
  await skills.fill("SQL");
  await skills.press("Enter");
  await page.getByLabel("Years of work experience").fill("3");
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page).toHaveURL(/\/roadmap\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Milestones" })).toBeVisible({ timeout: 20_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("the model refines the roadmap: its goals, tips and summary are shown and labelled with it", async ({ makeUser, loggedInPage, db, fakeOpenAi }) => {
  const user = await makeUser("Rae Refined");
  const page = await loggedInPage(user);
  const id = await build(page);

  await expect(page.getByTestId("roadmap-source")).toHaveText(`Refined by AI (${BY_MODEL})`);
  await expect(page.getByText("This plan builds on what you already know and adds one checkable step at a time.")).toBeVisible();
  const milestones = page.getByTestId("milestone");
  await expect(milestones).toHaveCount(7);
  // Every milestone still to do carries the model's goals and tip, written for that milestone.
  const stored = await db.query<{ title: string; status: string }>(
    `SELECT m->>'title' AS title, m->>'status' AS status FROM career_roadmap, jsonb_array_elements(result->'milestones') m WHERE id = $1 AND user_id = $2`,
    [id, user.id],
  );
  const todo = stored.rows.filter((m) => m.status === "todo");
  expect(todo.length).toBeGreaterThan(0);
  for (const { title } of todo) {
    const milestone = milestones.filter({ has: page.getByRole("heading", { name: title }) });
    await expect(milestone.getByText("AI tip")).toBeVisible();
    await expect(milestone).toContainText(`Book an hour a day for ${title} and keep notes of what you built.`);
    await expect(milestone.getByRole("listitem").filter({ hasText: `Finish one small project that uses ${title}.` })).toBeVisible();
  }
  await expect(page.getByText("AI tip")).toHaveCount(todo.length);

  const { rows } = await db.query(`SELECT status, source, result->'ai'->>'model' AS model FROM career_roadmap WHERE id = $1 AND user_id = $2`, [id, user.id]);
  expect(rows).toEqual([{ status: "done", source: "openai", model: MODEL }]);
  const requests = await fakeOpenAi.requests();
  expect(requests).toHaveLength(1);
  expect(JSON.stringify(requests[0]!.body)).toContain("QA engineer");
});

test("a server error keeps the template roadmap and says why", async ({ makeUser, loggedInPage, db, fakeOpenAi }) => {
  const user = await makeUser("Tess Template");
  const page = await loggedInPage(user);
  await fakeOpenAi.setMode("error500");
  const id = await build(page);

  await expect(page.getByTestId("roadmap-source")).toHaveText("Built from our curated template (no AI)");
  await expect(page.getByText("The AI provider had a server error, so this is the template roadmap without AI refinement.")).toBeVisible();
  await expect(page.getByText("AI tip")).toHaveCount(0);
  await expect(page.getByTestId("milestone").first()).toContainText("Bridge from QA engineer to Data analyst");

  const { rows } = await db.query(`SELECT status, source, result->>'fallbackReason' AS reason FROM career_roadmap WHERE id = $1 AND user_id = $2`, [id, user.id]);
  expect(rows).toEqual([{ status: "done", source: "local", reason: "http_5xx" }]);
  expect(await fakeOpenAi.requests()).toHaveLength(2);
});
