/// <reference lib="webworker" />
// The service worker, bundled by app/serwist/[path]/route.ts. Choices are in
// docs/decisions/019-pwa-offline.md: static assets are precached; a few
// signed-in pages are kept (network first, bounded) for offline reading and
// dropped whenever the signed-in user changes; every other request goes to the
// network, and a failed navigation shows the offline page.
import { ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import {
  OFFLINE_CACHE,
  OFFLINE_URL,
  USER_PAGES_CACHE,
  USER_PAGES_MAX_AGE_SECONDS,
  USER_PAGES_MAX_ENTRIES,
  changesSignedInUser,
  isOfflineReadable,
} from "./config";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** A navigation that fails (offline, server down) gets the offline page. */
const offlineFallback: SerwistPlugin = {
  handlerDidError: async () => (await caches.match(OFFLINE_URL, { cacheName: OFFLINE_CACHE })) ?? Response.error(),
};

/** Keep only a page as it was really shown: no redirects (to /login), no errors. */
const onlyPlainPages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && response.type === "basic" && !response.redirected ? response : null,
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new version waits until no tab runs the old one (whose chunks it would
  // remove); the first install takes control at once.
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Pages only, not React Server Component payloads: their body depends on
      // the client's router state. A client-side navigation that fails offline
      // falls back to a full page load, which this route answers.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin &&
        !request.headers.has("RSC") &&
        isOfflineReadable(url.pathname) &&
        (request.mode === "navigate" || request.destination === ""),
      handler: new NetworkFirst({
        cacheName: USER_PAGES_CACHE,
        networkTimeoutSeconds: 6,
        matchOptions: { ignoreVary: true },
        plugins: [
          onlyPlainPages,
          new ExpirationPlugin({ maxEntries: USER_PAGES_MAX_ENTRIES, maxAgeSeconds: USER_PAGES_MAX_AGE_SECONDS }),
          offlineFallback,
        ],
      }),
    },
    {
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkOnly({ plugins: [offlineFallback] }),
    },
  ],
});

// The offline page is fetched without cookies, so it shows the signed-out
// navigation and no one's name, whoever is signed in when the worker installs.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(OFFLINE_CACHE)
      .then((cache) => cache.add(new Request(OFFLINE_URL, { credentials: "omit", cache: "reload" }))),
  );
});

// Signed-in pages must never be shown to the next person on this device.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin && changesSignedInUser(event.request.method, url.pathname)) {
    event.waitUntil(caches.delete(USER_PAGES_CACHE));
  }
});
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "CLEAR_USER_CACHE")
    event.waitUntil(caches.delete(USER_PAGES_CACHE));
});

serwist.addEventListeners();
