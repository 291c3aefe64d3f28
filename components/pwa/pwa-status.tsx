"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { isProductionBuild } from "@/lib/build-mode";
import { RECENT_SESSIONS_TO_CACHE, SW_URL, isOfflineReadable } from "@/lib/pwa/config";
import { SYNC_EVENT, syncQueuedAnswers, type SyncEvent } from "@/lib/pwa/answer-queue";

function subscribeOnline(callback: () => void) {
  window.addEventListener("online", callback);
  window.addEventListener("offline", callback);
  return () => {
    window.removeEventListener("online", callback);
    window.removeEventListener("offline", callback);
  };
}

/** Asks the worker to keep these pages for offline reading (it caches only those it is meant to). */
async function cacheForOffline(urls: string[]) {
  if (urls.length === 0 || !navigator.onLine) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: urls } });
}

const asked = new Set<string>();
// The page loaded first was cached by the worker as it was fetched.
let firstPage = true;

/**
 * Registers the service worker (production builds only), sends answers saved
 * offline when the connection returns, and tells the user about both.
 */
export function PwaStatus({ userId }: { userId: string | null }) {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const [synced, setSynced] = useState<string | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (!isProductionBuild || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register(SW_URL, { scope: "/", type: "module" }).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!userId) return;
    let count = 0;
    const onSync = (event: Event) => {
      const detail = (event as CustomEvent<SyncEvent>).detail;
      if (detail.kind === "synced") {
        count += 1;
        setSynced(
          count === 1
            ? "Synced: your answer saved offline is now stored."
            : `Synced: ${count} answers saved offline are now stored.`,
        );
      } else {
        setRejected(`An answer saved offline could not be stored: ${detail.message}`);
      }
    };
    const sync = () => void syncQueuedAnswers(userId).catch(() => undefined);
    window.addEventListener(SYNC_EVENT, onSync);
    window.addEventListener("online", sync);
    if (navigator.onLine) sync();
    return () => {
      window.removeEventListener(SYNC_EVENT, onSync);
      window.removeEventListener("online", sync);
    };
  }, [userId]);

  // Keep the page being read and, on a list of sessions, the most recent ones.
  useEffect(() => {
    if (!userId || !isProductionBuild || !("serviceWorker" in navigator) || !isOfflineReadable(pathname)) return;
    const links = [...document.querySelectorAll<HTMLAnchorElement>("main a[href^='/ai-interview/']")]
      .map((link) => new URL(link.href).pathname)
      .filter((path) => /^\/ai-interview\/[^/]+$/.test(path));
    const current = firstPage ? [] : [pathname];
    firstPage = false;
    const urls = [...current, ...links.slice(0, RECENT_SESSIONS_TO_CACHE)].filter((url) => !asked.has(url));
    urls.forEach((url) => asked.add(url));
    void cacheForOffline(urls).catch(() => undefined);
  }, [pathname, userId]);

  return (
    <div className="container">
      <div role="status" className="pwa-status">
        {online ? null : (
          <p className="alert alert-warning my-2 py-2 small">
            You are offline. Pages you opened recently still work, and answers you type are saved on this device.
          </p>
        )}
        {synced ? (
          <p className="alert alert-success my-2 py-2 small d-flex align-items-center gap-2">
            <span className="me-auto">{synced}</span>
            <button type="button" className="btn-close" aria-label="Dismiss" onClick={() => setSynced(null)} />
          </p>
        ) : null}
      </div>
      {rejected ? (
        <div role="alert" className="alert alert-danger my-2 py-2 small">
          {rejected}
        </div>
      ) : null}
    </div>
  );
}
