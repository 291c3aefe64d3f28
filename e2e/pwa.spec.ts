// The installable, offline-capable app: manifest, service worker, offline page,
// pages kept for offline reading, and answers typed offline that sync once.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

// Every other spec blocks the service worker (playwright.config.ts).
test.use({ serviceWorkers: "allow" });

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Waits until the service worker is active and controls this page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toMatch(/\/serwist\/sw\.js$/);
}

async function isCached(page: Page, path: string): Promise<boolean> {
  return page.evaluate(async (url) => !!(await caches.match(url, { cacheName: "user-pages" })), path);
}

test("the manifest makes the app installable, with every icon it names", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /\/icons\/apple-touch-icon\.png/);
  await expect(page.locator('link[rel="icon"][href*="icon.svg"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute("content", /^#/);

  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: "Interview Prep",
    short_name: "Interview Prep",
    start_url: "/dashboard",
    display: "standalone",
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.some((icon) => icon.purpose === "maskable" && icon.sizes === "512x512")).toBe(true);
  expect(manifest.icons.some((icon) => icon.purpose === "any" && icon.sizes === "192x192")).toBe(true);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    const [width, height] = icon.sizes.split("x").map(Number);
    expect(pngSize(await file.body()), icon.src).toEqual({ width, height });
  }
});

test("the service worker controls the app; offline, recent pages still read and others show the offline page", async ({
  makeUser,
  loggedInPage,
}) => {
  const user = await makeUser("Olive Offline");
  const page = await loggedInPage(user);
  const worker = await page.request.get("/serwist/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toContain("javascript");
  expect(worker.headers()["service-worker-allowed"]).toBe("/");

  await page.goto("/dashboard");
  await waitForWorker(page);
  // A page loaded while the worker is in control is kept for offline reading.
  await page.goto("/ai-interview");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => isCached(page, "/ai-interview")).toBe(true);

  await page.context().setOffline(true);
  await page.goto("/ai-interview");
  await expect(page.getByLabel("Role")).toBeVisible();
  await expect(page.getByRole("status").getByText("You are offline.")).toBeVisible();

  // A page not kept for offline reading: the offline page, without anyone's name.
  await page.goto("/interviews");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expect(page.getByText("Olive Offline")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "mock interview sessions" })).toBeVisible();

  // Back online, logging out empties the signed-in pages kept on this device.
  await page.context().setOffline(false);
  await page.goto("/dashboard");
  expect(await isCached(page, "/ai-interview")).toBe(true);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1/);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).includes("user-pages"))).toBe(false);
});

test("an answer typed offline is saved on the device and stored exactly once after reconnecting", async ({
  makeUser,
  loggedInPage,
  db,
}) => {
  const user = await makeUser("Nadia Nowifi");
  const page = await loggedInPage(user);
  await page.goto("/ai-interview");
  await waitForWorker(page);
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Questions").fill("2");
  // Offline sync is the subject here; follow-ups have their own spec.
  await page.getByLabel("Follow-ups per question").selectOption("0");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/ai-interview\/[a-z0-9]+$/);
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  const sessionPath = new URL(page.url()).pathname;
  // The session page is kept so it can be reopened offline.
  await expect.poll(() => isCached(page, sessionPath)).toBe(true);

  const answer = "Offline answer: I profiled the slow queries, added an index and cut p99 latency from 2 s to 300 ms.";
  await page.context().setOffline(true);
  await page.getByLabel("Your answer", { exact: true }).fill(answer);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved offline — will sync" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit answer" })).toBeDisabled();

  const stored = () =>
    db.query<{ answer_text: string | null }>(
      `SELECT a.answer_text FROM session_answer a JOIN interview_session s ON s.id = a.session_id
       WHERE s.user_id = $1 AND a.position = 1`,
      [user.id],
    );
  expect((await stored()).rows).toEqual([{ answer_text: null }]);

  // Reopened offline, the page comes from the cache and still knows the answer is queued.
  await page.reload();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved offline — will sync" })).toBeVisible();
  await expect(page.getByLabel("Your answer", { exact: true })).toHaveValue(answer);

  await page.context().setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Synced" })).toBeVisible();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(page.getByTestId("feedback-card")).toBeVisible();

  // A second tab coming online (or a replay) must not store it again.
  await page.reload();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  const { rows } = await db.query<{ count: string }>(
    `SELECT count(*) FROM session_answer a JOIN interview_session s ON s.id = a.session_id
     WHERE s.user_id = $1 AND a.answer_text = $2`,
    [user.id, answer],
  );
  expect(Number(rows[0]!.count)).toBe(1);
  expect((await stored()).rows).toEqual([{ answer_text: answer }]);
  expect(
    await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open("interview-prep-offline");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction("answers").objectStore("answers").count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    ),
  ).toBe(0);
});
