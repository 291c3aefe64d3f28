// The main pages that the mobile-screenshot and accessibility specs visit, read from the one
// page list (lib/pages.ts): the public pages without a path parameter, and every page a
// student reaches from the navigation.
import { PAGES, isDynamic } from "../lib/pages";

export const PUBLIC_PAGES = PAGES.filter((page) => page.access === "public" && !isDynamic(page)).map((page) => page.path);

export const SIGNED_IN_PAGES = PAGES.filter(
  (page) => page.access === "signed-in" && page.nav && (!page.roles || page.roles.includes("student")),
).map((page) => page.path);

/** A readable file-name part for a path. */
export function slug(path: string): string {
  return path === "/" ? "home" : path.slice(1).replace(/\//g, "-");
}
