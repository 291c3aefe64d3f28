"use client";
import { useState } from "react";
import { signOut } from "@/lib/auth/client";

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
