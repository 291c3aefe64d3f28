// Every main page on a 375 px phone: no horizontal scrolling, and it looks as
// it did in the stored baseline (e2e/mobile.spec.ts-snapshots). After an
// intended visual change, regenerate the baselines with
//   E2E_PORT=3205 NEXT_DIST_DIR=.next-pwa npx playwright test e2e/mobile.spec.ts --update-snapshots
// and review the changed PNGs before committing them.
import type { Page } from "@playwright/test";
import { test, expect, type TestUser } from "./fixtures";
import { PUBLIC_PAGES, SIGNED_IN_PAGES, slug } from "./main-pages";

const PHONE = { width: 375, height: 667 };
// The server's clock (TEST_CLOCK cookie) and the browser's, so dates and
// "days ago" render the same on every run.
const FIXED_NOW = "2026-03-02T10:00:00.000Z";

test.use({
  viewport: PHONE,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
  colorScheme: "light",
  locale: "en-GB",
  timezoneId: "UTC",
});

async function checkPage(page: Page, baseURL: string, path: string, name: string, user?: TestUser): Promise<void> {
  await page.clock.setFixedTime(new Date(FIXED_NOW));
  await page.context().addCookies([{ name: "test-now", value: FIXED_NOW, url: baseURL }]);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${path} scrolls sideways on a 375 px screen`).toBeLessThanOrEqual(PHONE.width);
  // The account's e-mail address is random: show the same one on every run.
  if (user) {
    await page.evaluate((email) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(email)) node.nodeValue = node.nodeValue.replaceAll(email, "morgan@example.test");
      }
    }, user.email);
  }
  await expect(page).toHaveScreenshot(`${name}.png`, {
    fullPage: true,
    animations: "disabled",
    mask: [page.locator("time")],
    maxDiffPixelRatio: 0.01,
  });
}

for (const path of PUBLIC_PAGES) {
  test(`${path} fits a phone screen (signed out)`, async ({ page, baseURL }) => {
    await checkPage(page, baseURL!, path, `public-${slug(path)}`);
  });
}

for (const path of SIGNED_IN_PAGES) {
  test(`${path} fits a phone screen`, async ({ makeUser, loggedInPage, baseURL, db }) => {
    const user = await makeUser("Morgan Mobile");
    // "Member since" and similar read the account's creation date.
    await db.query(`UPDATE "user" SET created_at = $1 WHERE id = $2`, [FIXED_NOW, user.id]);
    const page = await loggedInPage(user);
    await checkPage(page, baseURL!, path, `app-${slug(path)}`, user);
  });
}
