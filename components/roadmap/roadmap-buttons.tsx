"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { deleteRoadmapAction, retryRoadmapAction } from "@/lib/roadmap/actions";
import { idle } from "@/lib/actions/state";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Deletes a roadmap after confirmation; `then` is where to go afterwards (the list stays put without it). */
export function DeleteRoadmapButton({ id, name, then }: { id: string; name: string; then?: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      accessibleLabel={`Delete roadmap: ${name}`}
      title="Delete this roadmap?"
      confirmLabel="Delete roadmap"
      onConfirm={async () => {
        const state = await deleteRoadmapAction(idle, { id });
        if (state.status === "error") return state.message;
        if (then) router.replace(then);
        return null;
      }}
    >
      <p className="mb-0">
        The roadmap <strong>{name}</strong> will be deleted. This cannot be undone.
      </p>
    </ConfirmButton>
  );
}

/** Queues a failed roadmap again. */
export function RetryRoadmapButton({ id }: { id: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          try {
            const state = await retryRoadmapAction(idle, { id });
            if (state.status === "error") setError(state.message);
            else router.refresh();
          } catch {
            setError("We could not reach the server. Try again.");
          } finally {
            setPending(false);
          }
        }}
      >
        {pending ? "Queuing…" : "Try again"}
      </button>
      <div role="alert">{error ? <div className="alert alert-danger py-2 mt-2 mb-0">{error}</div> : null}</div>
    </div>
  );
}
