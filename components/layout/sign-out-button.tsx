"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-outline-primary btn-sm"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut({ callbackUrl: "/login?loggedOut=1" });
      }}
    >
      {busy ? "Logging out…" : "Log out"}
    </button>
  );
}
