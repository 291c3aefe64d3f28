"use client";
import { useState } from "react";

/** Copies the absolute URL of a share link; says so for screen readers too. */
export function CopyLinkButton({ path, label = "Copy link" }: { path: string; label?: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // Clipboard refused (permissions, insecure origin): the URL is still on screen to copy by hand.
      setCopied("failed");
    }
  }
  return (
    <>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={copy}>
        {label}
      </button>
      <span role="status" className="small ms-2">
        {copied === "yes" ? "Copied." : copied === "failed" ? "Could not copy; select the address instead." : ""}
      </span>
    </>
  );
}
