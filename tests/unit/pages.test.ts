import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PAGES, needsSignIn } from "@/lib/pages";
import { isGroup, navFor, type NavEntry } from "@/components/layout/nav-items";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

const APP = join(import.meta.dirname, "..", "..", "app");

/** The URL of every page.tsx under app/, route groups such as "(list)" left out. */
function pagesInApp(dir = APP): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesInApp(path);
    if (name !== "page.tsx") return [];
    const segments = relative(APP, dir).split("/").filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
    return [`/${segments.join("/")}`];
  });
}

const labels = (entries: NavEntry[]) => entries.flatMap((entry) => (isGroup(entry) ? entry.items : [entry]).map((item) => item.label));

describe("the page list", () => {
  it("names every page under app/, and only those", () => {
    const found = pagesInApp().sort();
    const listed = PAGES.map((page) => page.path);
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter((path) => !listed.includes(path)), "add these pages to lib/pages.ts").toEqual([]);
    expect(listed.filter((path) => !found.includes(path)), "these entries in lib/pages.ts have no page").toEqual([]);
    expect(new Set(listed).size, "a page is listed twice").toBe(listed.length);
  });

  it("sends logged-out visitors to log in from signed-in pages only", () => {
    for (const path of ["/dashboard", "/interviews/abc/edit", "/english/checker", "/instructor", "/profile"]) {
      expect(needsSignIn(path), path).toBe(true);
    }
    for (const path of ["/", "/login", "/register", "/offline", "/share/abc", "/dashboards", "/api/health", "/sitemap.xml"]) {
      expect(needsSignIn(path), path).toBe(false);
    }
  });

  it("shows each role the navigation meant for it", () => {
    const student = labels(navFor("student"));
    const instructor = labels(navFor("instructor"));
    expect(student).toContain("Sharing");
    expect(student).not.toContain("Students");
    expect(instructor).toContain("Students");
    expect(instructor).not.toContain("Sharing");
    expect(navFor("student").filter(isGroup).map((group) => group.label)).toEqual(["Practice", "Prepare"]);
    expect(student.slice(0, 3)).toEqual(["Dashboard", "Analytics", "Mock interview"]);
  });

  it("links the navigation only to signed-in pages without a path parameter", () => {
    for (const page of PAGES.filter((p) => p.nav)) {
      expect(page.access, page.path).toBe("signed-in");
      expect(page.path, page.path).not.toContain("[");
    }
  });

  it("lists only the public pages marked for it in the sitemap, as absolute URLs", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    request.headers = new Headers({ host: "prep.example.test", "x-forwarded-proto": "https" });
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toEqual(["https://prep.example.test/", "https://prep.example.test/login", "https://prep.example.test/register"]);
  });
});
