"use client";
import { useRouter } from "next/navigation";
import { revokeShareAction } from "@/lib/sharing/actions";
import { idle } from "@/lib/actions/state";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Revokes a share link or an instructor's access after confirmation. */
export function RevokeShareButton({ kind, id, what }: { kind: "link" | "instructor"; id: string; what: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Revoke"
      accessibleLabel={`Revoke ${what}`}
      title={kind === "link" ? "Revoke this link?" : "Stop sharing with this instructor?"}
      confirmLabel={kind === "link" ? "Revoke link" : "Stop sharing"}
      onConfirm={async () => {
        const state = await revokeShareAction(idle, { kind, id });
        if (state.status === "error") return state.message;
        router.refresh();
        return null;
      }}
    >
      <p className="mb-0">
        {kind === "link"
          ? "Anyone opening this link will get “not found” from now on. This cannot be undone; you can create a new link later."
          : "The instructor will no longer see it. Their earlier comments stay on your session page."}
      </p>
    </ConfirmButton>
  );
}
