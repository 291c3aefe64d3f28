import type { UserRole } from "@/prisma/generated/client/enums";

// Every page of the app, in one list. The navigation (components/layout/nav-items.ts), the
// sign-in redirect (proxy.ts), the sitemap (app/sitemap.ts) and the page tests (the
// authorization matrix, the accessibility and phone specs) all read it, and
// tests/unit/pages.test.ts fails when a page.tsx under app/ is missing here or an entry has no
// page. See docs/decisions/026-page-list.md.

export type NavGroupLabel = "Practice" | "Prepare";

export type AppPage = {
  /** The URL as app/ spells it, route groups left out: "/interviews/[id]/edit". */
  path: string;
  /** "public" pages render for anyone; "signed-in" pages check the session themselves. */
  access: "public" | "signed-in";
  /**
   * The roles a page is meant for. Only they see its navigation entry; the page itself
   * decides what anyone else gets (the instructor pages show others no student data).
   */
  roles?: readonly UserRole[];
  /** Its entry in the signed-in navigation; entries sharing a group form one menu. */
  nav?: { label: string; group?: NavGroupLabel };
  /** Listed in /sitemap.xml: a public page worth finding from outside. */
  sitemap?: true;
};

// In navigation order: a menu stands where its first entry stands.
export const PAGES: readonly AppPage[] = [
  { path: "/dashboard", access: "signed-in", nav: { label: "Dashboard" } },
  { path: "/analytics", access: "signed-in", nav: { label: "Analytics" } },

  { path: "/ai-interview", access: "signed-in", nav: { label: "Mock interview", group: "Practice" } },
  { path: "/ai-interview/[id]", access: "signed-in" },
  { path: "/avatar-interview", access: "signed-in", nav: { label: "Video interview", group: "Practice" } },
  { path: "/avatar-interview/[id]", access: "signed-in" },
  { path: "/dsa", access: "signed-in", nav: { label: "DSA practice", group: "Practice" } },
  { path: "/dsa/problems", access: "signed-in" },
  { path: "/dsa/problems/[slug]", access: "signed-in" },
  { path: "/english", access: "signed-in", nav: { label: "English", group: "Practice" } },
  { path: "/english/checker", access: "signed-in" },
  { path: "/english/grammar", access: "signed-in" },
  { path: "/english/speaking", access: "signed-in" },
  { path: "/english/vocabulary", access: "signed-in" },
  { path: "/english/your-answers", access: "signed-in" },
  { path: "/english/sessions/[id]", access: "signed-in" },

  { path: "/interviews", access: "signed-in", nav: { label: "Interviews", group: "Prepare" } },
  { path: "/interviews/new", access: "signed-in" },
  { path: "/interviews/questions", access: "signed-in" },
  { path: "/interviews/[id]", access: "signed-in" },
  { path: "/interviews/[id]/edit", access: "signed-in" },
  { path: "/company-prep", access: "signed-in", nav: { label: "Company prep", group: "Prepare" } },
  { path: "/company-prep/[slug]", access: "signed-in" },
  { path: "/resume", access: "signed-in", nav: { label: "Resume", group: "Prepare" } },
  { path: "/resume/[id]", access: "signed-in" },
  { path: "/roadmap", access: "signed-in", nav: { label: "Roadmap", group: "Prepare" } },
  { path: "/roadmap/[id]", access: "signed-in" },
  { path: "/resources", access: "signed-in", nav: { label: "Resources", group: "Prepare" } },
  { path: "/resources/[slug]", access: "signed-in" },

  { path: "/sharing", access: "signed-in", roles: ["student"], nav: { label: "Sharing" } },
  // Reached from the link or code an instructor hands out, so it has no navigation entry.
  { path: "/cohorts", access: "signed-in", roles: ["student"] },
  { path: "/instructor", access: "signed-in", roles: ["instructor"], nav: { label: "Students" } },
  { path: "/instructor/students/[studentId]", access: "signed-in", roles: ["instructor"] },
  { path: "/instructor/sessions/[kind]/[id]", access: "signed-in", roles: ["instructor"] },
  { path: "/instructor/cohorts", access: "signed-in", roles: ["instructor"], nav: { label: "Cohorts" } },
  { path: "/instructor/cohorts/[id]", access: "signed-in", roles: ["instructor"] },
  { path: "/instructor/sets", access: "signed-in", roles: ["instructor"], nav: { label: "Question sets" } },
  { path: "/instructor/sets/[id]", access: "signed-in", roles: ["instructor"] },
  { path: "/profile", access: "signed-in", nav: { label: "Profile" } },

  { path: "/", access: "public", sitemap: true },
  { path: "/login", access: "public", sitemap: true },
  { path: "/register", access: "public", sitemap: true },
  // The service worker's fallback; only useful from the cache.
  { path: "/offline", access: "public" },
  // Readable by whoever holds the link's token, so never listed.
  { path: "/share/[token]", access: "public" },
];

export const isDynamic = (page: AppPage): boolean => page.path.includes("[");

// The first segment of every signed-in page: "/interviews/[id]/edit" lives under "/interviews".
const SIGNED_IN_SECTIONS = [
  ...new Set(PAGES.filter((page) => page.access === "signed-in").map((page) => `/${page.path.split("/")[1]}`)),
];

/** Whether a request path falls under a signed-in page, so a logged-out visitor is sent to log in. */
export function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_SECTIONS.some((section) => pathname === section || pathname.startsWith(`${section}/`));
}
