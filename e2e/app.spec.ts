import { test, expect } from "./fixtures";

test("health reports the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", db: "up" });
  expect(typeof body.version).toBe("string");
  expect(Number.isNaN(Date.parse(body.time))).toBe(false);
});

test("unknown API routes answer JSON, unknown pages the 404 page", async ({ page, request }) => {
  const api = await request.post("/api/does-not-exist", { data: {} });
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "No such API route", code: "not_found" });

  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
});

test("the sitemap lists the public pages and no signed-in or shared ones", async ({ request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  expect(urls.map((url) => url.pathname).sort()).toEqual(["/", "/login", "/register"]);
  for (const url of urls) expect(url.port).toBe(new URL(baseURL!).port);
});

test("the landing page invites a visitor to register", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Create a free account" }).click();
  await expect(page).toHaveURL(/\/register$/);
});

test("the theme toggle switches to dark and remembers it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-bs-theme", "light");
  await page.getByRole("button", { name: /Theme: system/ }).click(); // → light
  await page.getByRole("button", { name: /Theme: light/ }).click(); // → dark
  await expect(html).toHaveAttribute("data-bs-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-bs-theme", "dark");
});

test("the system dark preference is followed by default", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-bs-theme", "dark");
});

test("related pages sit in menus that open with the keyboard and close with Escape", async ({ makeUser, loggedInPage }) => {
  const student = await loggedInPage(await makeUser("Menu User"));
  await student.setViewportSize({ width: 1280, height: 800 });
  await student.goto("/dashboard");
  const nav = student.getByRole("navigation", { name: "Main" });
  const practice = nav.getByRole("button", { name: "Practice" });
  await expect(practice).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Video interview" })).toBeHidden();
  await practice.focus();
  await student.keyboard.press("Enter");
  await expect(practice).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Video interview" })).toBeVisible();
  await student.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Video interview" })).toBeHidden();
  await expect(practice).toBeFocused();
  await practice.click();
  await nav.getByRole("link", { name: "DSA practice" }).click();
  await expect(student).toHaveURL(/\/dsa$/);
  // The menu holding the current page is marked, and closed after navigating.
  await expect(practice).toHaveClass(/active/);
  await expect(nav.getByRole("link", { name: "DSA practice" })).toBeHidden();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the hamburger opens the menu and nothing scrolls sideways", async ({ page, makeUser, loggedInPage }) => {
    const user = await makeUser("Phone User");
    const phone = await loggedInPage(user);
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto("/dashboard");
    const toggle = phone.getByRole("button", { name: "Open menu" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(phone.getByRole("link", { name: "Profile", exact: true })).toBeHidden();
    await toggle.click();
    await expect(phone.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    await phone.getByRole("link", { name: "Profile", exact: true }).click();
    await expect(phone).toHaveURL(/\/profile$/);
    for (const path of ["/dashboard", "/profile"]) {
      await phone.goto(path);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
