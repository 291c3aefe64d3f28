import { test, expect } from "./fixtures";
import { PDF_BYTES, PNG_1PX } from "../tests/fixtures/files";

test.describe("profile", () => {
  test("edit the name and upload a photo that then shows in the navbar", async ({ makeUser, loggedInPage, db }) => {
    const user = await makeUser("Sam Original");
    const page = await loggedInPage(user);
    await page.goto("/profile");
    await page.getByLabel("Name").fill("Sam Updated");
    await page.getByLabel("Profile photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG_1PX });
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toHaveText("Profile saved.");

    await page.reload();
    await expect(page.getByTestId("nav-user-name")).toHaveText("Sam Updated");
    const photo = page.getByRole("navigation").getByRole("img", { name: "Sam Updated's photo" });
    await expect(photo).toBeVisible();
    const src = await photo.getAttribute("src");
    const response = await page.request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");

    const { rows } = await db.query("SELECT name, profile_photo FROM \"user\" WHERE id = $1", [user.id]);
    expect(rows[0]?.name).toBe("Sam Updated");
    expect(rows[0]?.profile_photo).toMatch(/\.png$/);
  });

  test("a PDF renamed .png is refused and nothing changes", async ({ makeUser, loggedInPage, db }) => {
    const user = await makeUser("Riley Keep");
    const page = await loggedInPage(user);
    await page.goto("/profile");
    await page.getByLabel("Name").fill("Riley Changed");
    await page.getByLabel("Profile photo").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: PDF_BYTES });
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("#photo-error")).toContainText("must be a PNG, JPEG, WebP or GIF image (this file is application/pdf)");
    const { rows } = await db.query("SELECT name, profile_photo FROM \"user\" WHERE id = $1", [user.id]);
    expect(rows[0]).toEqual({ name: "Riley Keep", profile_photo: null });
  });
});
