import { test, expect, uniqueEmail } from "./fixtures";

test.describe("accounts", () => {
  test("register, log out, log in again and reach the dashboard", async ({ page, db, prisma }) => {
    const email = uniqueEmail("reg");
    await page.goto("/register");
    await page.getByLabel("Name").fill("Morgan Rivera");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-good-password");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Welcome back, Morgan" })).toBeVisible();
    const stored = await db.query("SELECT name, password_hash FROM \"user\" WHERE email = $1", [email]);
    expect(stored.rows[0]?.name).toBe("Morgan Rivera");
    expect(stored.rows[0]?.password_hash).not.toContain("a-good-password");

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText("You have logged out.")).toBeVisible();

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-good-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("nav-user-name")).toHaveText("Morgan Rivera");
    await prisma.user.deleteMany({ where: { email } });
  });

  test("a wrong password and an unknown email get the same message", async ({ page, makeUser }) => {
    const user = await makeUser();
    await page.goto("/login");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel("Email").fill(uniqueEmail("nobody"));
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toHaveText("Email or password is incorrect.");
  });

  test("a duplicate email is refused with a field error", async ({ page, makeUser, db }) => {
    const existing = await makeUser();
    await page.goto("/register");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Password").fill("another-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#email-error")).toContainText("already exists");
    const { rows } = await db.query("SELECT count(*)::int AS n FROM \"user\" WHERE email = $1", [existing.email]);
    expect(rows[0]?.n).toBe(1);
  });

  test("bad input shows field errors and stores nothing", async ({ page, db }) => {
    const email = uniqueEmail("bad");
    await page.goto("/register");
    await page.getByLabel("Name").fill("<b>bold</b>");
    await page.getByLabel("Email").fill("x' OR '1'='1");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#name-error")).toHaveText("Name cannot contain < or >");
    await expect(page.locator("#email-error")).toHaveText("Enter a valid email address");
    await expect(page.locator("#password-error")).toHaveText("Password must be at least 8 characters");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Name").fill("n".repeat(10_240));
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#name-error")).toHaveText("Name must be at most 100 characters");
    await expect(page).toHaveURL(/\/register$/);
    const { rows } = await db.query("SELECT count(*)::int AS n FROM \"user\" WHERE email = $1", [email]);
    expect(rows[0]?.n).toBe(0);
  });

  test("a logged-out visit to the dashboard goes to login and back", async ({ page, makeUser }) => {
    const user = await makeUser("Jordan Lee");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Welcome back, Jordan" })).toBeVisible();
  });
});
