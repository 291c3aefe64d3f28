"use client";
import { useState } from "react";
import { unstable_rethrow } from "next/navigation";
import { startAssignmentAction } from "@/lib/cohorts/actions";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";

/** Starts a mock interview over an assigned set; the action opens the new session. */
export function StartAssignmentButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <FormAlert kind="error" message={error} />
      <button
        type="button"
        className="btn btn-primary btn-sm"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          try {
            const state = await startAssignmentAction(idle, { assignmentId });
            if (state.status === "error") setError(state.message);
          } catch (failure) {
            // The redirect to the new session arrives as a thrown signal.
            unstable_rethrow(failure);
            setError("We could not reach the server. Nothing was started; try again.");
          } finally {
            setPending(false);
          }
        }}
      >
        {label}
      </button>
    </>
  );
}
