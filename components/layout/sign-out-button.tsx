"use client";
import { useState } from "react";

// Signs out through next-auth's own endpoints with two fetches, rather than
// next-auth/react, whose client (about 12 KB gzipped) would otherwise ship on
// every signed-in page for this one button.
async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
}

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-outline-primary btn-sm"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(false);
          const target = "/login?loggedOut=1";
          signOut(target).then(
            // A full load on purpose: no signed-in page may survive in the client router's cache.
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination
            () => window.location.assign(target),
            () => {
              setBusy(false);
              setFailed(true);
            },
          );
        }}
      >
        {busy ? "Logging out…" : "Log out"}
      </button>
      {failed ? (
        <span role="alert" className="small text-danger">
          Could not log out. Check your connection and try again.
        </span>
      ) : null}
    </>
  );
}
