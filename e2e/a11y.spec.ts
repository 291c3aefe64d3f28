// An axe-core scan of every main page, signed out and signed in, in the light
// and the dark theme: no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { PUBLIC_PAGES, SIGNED_IN_PAGES } from "./main-pages";

async function expectNoSeriousViolations(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
    }));
  expect(serious, `${path}\n${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

for (const path of PUBLIC_PAGES) {
  test(`${path} has no serious accessibility violations (signed out)`, async ({ page }) => {
    await expectNoSeriousViolations(page, path);
  });
}

for (const path of [...PUBLIC_PAGES, ...SIGNED_IN_PAGES]) {
  test(`${path} has no serious accessibility violations (signed in)`, async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser("Ada Access"));
    await expectNoSeriousViolations(page, path);
  });
}

test("a mock interview session, with its answer form, has no serious accessibility violations", async ({
  makeUser,
  loggedInPage,
}) => {
  const page = await loggedInPage(await makeUser("Ada Access"));
  await page.goto("/ai-interview");
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Questions").fill("2");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  await expectNoSeriousViolations(page, new URL(page.url()).pathname);
  await expect(page.getByLabel("Your answer", { exact: true })).toBeVisible();
});

test.describe("dark theme", () => {
  test.use({ colorScheme: "dark" });
  for (const path of [...PUBLIC_PAGES, ...SIGNED_IN_PAGES]) {
    test(`${path} has no serious accessibility violations (signed in, dark)`, async ({ makeUser, loggedInPage }) => {
      const page = await loggedInPage(await makeUser("Ada Access"));
      await expectNoSeriousViolations(page, path);
      await expect(page.locator("html")).toHaveAttribute("data-bs-theme", "dark");
    });
  }
});
