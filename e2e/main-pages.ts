// The main pages that the mobile-screenshot and accessibility specs visit.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const PUBLIC_PAGES = ["/", "/login", "/register", "/offline"];

const APP_PAGES = [
  "/dashboard",
  "/analytics",
  "/ai-interview",
  "/avatar-interview",
  "/interviews",
  "/dsa",
  "/company-prep",
  "/english",
  "/resume",
  "/roadmap",
  "/resources",
  "/sharing",
  "/profile",
];

/** Signed-in pages; features still being built are visited once their page exists. */
export const SIGNED_IN_PAGES = APP_PAGES.filter((path) =>
  existsSync(join(process.cwd(), "app", "(app)", path.slice(1))),
);

/** A readable file-name part for a path. */
export function slug(path: string): string {
  return path === "/" ? "home" : path.slice(1).replace(/\//g, "-");
}
