import { test, expect } from "./fixtures";
import { PNG_1PX } from "../tests/fixtures/files";

test("another user's file answers 404, and a logged-out request 401", async ({ makeUser, loggedInPage, playwright, baseURL }) => {
  const owner = await makeUser("Owner One");
  const ownerPage = await loggedInPage(owner);
  await ownerPage.goto("/profile");
  await ownerPage.getByLabel("Profile photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG_1PX });
  await ownerPage.getByRole("button", { name: "Save profile" }).click();
  await expect(ownerPage.getByRole("status").filter({ hasText: "Profile saved." })).toHaveText("Profile saved.");
  await ownerPage.reload();
  const src = await ownerPage.getByRole("navigation").getByRole("img").getAttribute("src");
  expect(src).toMatch(/^\/api\/files\/users\//);
  expect((await ownerPage.request.get(src!)).status()).toBe(200);

  const intruder = await makeUser("Intruder Two");
  const intruderPage = await loggedInPage(intruder);
  const foreign = await intruderPage.request.get(src!);
  expect(foreign.status()).toBe(404);
  expect(await foreign.json()).toMatchObject({ code: "not_found" });

  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get(src!);
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/json");
  await anonymous.dispose();
});
