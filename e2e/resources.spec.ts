import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures";

test.describe("Learning resources", () => {
  test("searching and filtering the library, with an empty state that clears", async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser("Riley Reader"));
    await page.goto("/resources");
    await expect(page.getByRole("heading", { level: 1, name: "Learning resources" })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText("14 guides");
    await expect(page.getByTestId("guide-card")).toHaveCount(14);

    await page.getByRole("searchbox", { name: "Search guides" }).fill("STAR");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=STAR(&|$)/);
    await expect(page.getByTestId("result-count")).toHaveText("3 guides match “STAR”");
    const first = page.getByTestId("guide-card").first();
    await expect(first.getByRole("link")).toHaveText("The STAR Method for Behavioural Answers");
    await expect(first).toContainText("Behavioural");
    await expect(first).toContainText("Beginner");
    await expect(first).toContainText("6 min read");

    // The topic filter, on top of the search, then alone.
    await page.getByLabel("Topic").selectOption({ label: "System design" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/topic=system_design/);
    await expect(page.getByTestId("empty-state")).toContainText("No guides match “STAR” in System design.");
    await page.getByTestId("empty-state").getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/resources$/);
    await expect(page.getByTestId("result-count")).toHaveText("14 guides");
    await expect(page.getByRole("searchbox", { name: "Search guides" })).toHaveValue("");

    await page.getByLabel("Topic").selectOption({ label: "System design" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("result-count")).toHaveText("2 guides in System design");
    await expect(page.getByTestId("guide-card").getByRole("link")).toHaveText(["Scaling and Caching Fundamentals", "System Design Interview Basics"]);
    await expect(page.getByLabel("Topic")).toHaveValue("system_design");

    // Filters come from the URL, so a shared link shows the same list.
    await page.goto("/resources?topic=communication&level=beginner");
    await expect(page.getByTestId("guide-card").getByRole("link")).toHaveText(["Remote and Video Interview Presence"]);
  });

  test("reading a guide: contents links, checklist, related guides and the PDF download", async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser());
    await page.goto("/resources?q=star");
    await page.getByRole("link", { name: "The STAR Method for Behavioural Answers" }).click();
    await expect(page).toHaveURL(/\/resources\/star-method$/);
    await expect(page.getByRole("heading", { level: 1, name: "The STAR Method for Behavioural Answers" })).toBeVisible();
    await expect(page.getByText("6 min read").first()).toBeVisible();

    const contents = page.getByRole("navigation", { name: "On this page" });
    await expect(contents.getByRole("link")).toHaveCount(8);
    await contents.getByRole("link", { name: "Common pitfalls" }).click();
    await expect(page).toHaveURL(/#common-pitfalls$/);
    const target = page.getByRole("heading", { level: 2, name: "Common pitfalls" });
    await expect(target).toHaveAttribute("id", "common-pitfalls");
    await expect(target).toBeInViewport();

    // Markdown features: the table is a table, the checklist has no bracket syntax left.
    const article = page.getByRole("article");
    await expect(article.getByRole("table").getByRole("columnheader")).toHaveText(["Part", "Share of time", "Typical length"]);
    await expect(article.getByText("Result includes at least one concrete number or outcome")).toBeVisible();
    await expect(article).not.toContainText("[ ]");
    await expect(article).not.toContainText("|---");

    const related = page.getByRole("list", { name: "More behavioural guides" });
    await expect(related.getByRole("link")).toHaveText(["Building a Behavioural Story Bank"]);

    const link = page.getByRole("link", { name: "Download PDF" });
    await expect(link).toHaveAttribute("href", "/api/resources/star-method/pdf");
    const downloading = page.waitForEvent("download");
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("star-method.pdf");
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // The built server finds pdfkit's font files (serverExternalPackages) and answers with the right headers.
    const response = await page.request.get("/api/resources/star-method/pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="star-method.pdf"');
    expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  });

  test("an unknown guide is a real 404, for the page and the PDF", async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser());
    const response = await page.goto("/resources/no-such-guide");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Guide not found" })).toBeVisible();
    const pdf = await page.request.get("/api/resources/no-such-guide/pdf");
    expect(pdf.status()).toBe(404);
    expect(await pdf.json()).toMatchObject({ code: "not_found" });
  });

  test("logged-out visitors are sent to log in and cannot download", async ({ page }) => {
    await page.goto("/resources/star-method");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fresources%2Fstar-method/);
    const pdf = await page.request.get("/api/resources/star-method/pdf");
    expect(pdf.status()).toBe(401);
  });

  test("the library and a guide with code and wide tables fit a 375 px wide screen", async ({ makeUser, loggedInPage }) => {
    const page = await loggedInPage(await makeUser());
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ["/resources", "/resources/dsa-patterns", "/resources/behavioral-story-bank"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await page.evaluate(() => document.querySelector("main")!.scrollWidth)).toBeLessThanOrEqual(375);
    }
  });
});
