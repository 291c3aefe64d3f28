import type { Metadata } from "next";
import Link from "next/link";
import { ReloadButton } from "@/components/pwa/reload-button";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

// Shown by the service worker when a page cannot be loaded. It is cached
// without cookies, so it shows nothing about who is signed in.
export default function OfflinePage() {
  return (
    <div className="container py-5" style={{ maxWidth: "40rem" }}>
      <h1 className="h3">You are offline</h1>
      <p className="lead">This page could not be loaded because there is no connection.</p>
      <p>While you are offline you can still:</p>
      <ul>
        <li>
          read pages you opened recently: your <Link href="/dashboard">dashboard</Link>, your{" "}
          <Link href="/ai-interview">mock interview sessions</Link>, <Link href="/company-prep">company questions</Link>
          , <Link href="/dsa">DSA problems</Link> and <Link href="/resources">guides</Link>;
        </li>
        <li>
          type answers in a mock interview you have open: they are saved on this device and sent when you are back
          online.
        </li>
      </ul>
      <ReloadButton />
    </div>
  );
}
