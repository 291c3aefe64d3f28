// Shared by the service worker (lib/pwa/sw.ts) and the page code that talks to it.

/** Where the worker is served (app/serwist/[path]/route.ts); it controls the whole origin. */
export const SW_URL = "/serwist/sw.js";
export const OFFLINE_URL = "/offline";

/** Holds the offline page, fetched without cookies so it never shows anyone's name. */
export const OFFLINE_CACHE = "offline-page";
/** Holds signed-in pages kept for offline reading; emptied whenever someone signs in or out. */
export const USER_PAGES_CACHE = "user-pages";
export const USER_PAGES_MAX_ENTRIES = 40;
export const USER_PAGES_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/**
 * Pages worth reading offline: the dashboard, the mock interview sessions and
 * the reference material (company question banks, the DSA catalogue, guides).
 */
const OFFLINE_READABLE = ["/dashboard", "/ai-interview", "/company-prep", "/dsa", "/resources"];

export function isOfflineReadable(pathname: string): boolean {
  return OFFLINE_READABLE.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** next-auth endpoints whose POST changes who is signed in. */
export function changesSignedInUser(method: string, pathname: string): boolean {
  return method === "POST" && (pathname === "/api/auth/signout" || pathname.startsWith("/api/auth/callback/"));
}

/** How many recent session pages a list page asks the worker to keep. */
export const RECENT_SESSIONS_TO_CACHE = 5;
