"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { retryEvaluation } from "@/lib/interview-session/actions";
import { idle, type ActionState } from "@/lib/actions/state";

/** Shown when an answer is saved but its evaluation did not finish. */
export function RetryEvaluation({
  sessionId,
  answerId,
  retry = retryEvaluation,
}: {
  sessionId: string;
  answerId: string;
  /** The retry action; the AI mock interview's by default (the avatar interview passes its own). */
  retry?: (previous: ActionState<{ evaluated: boolean }>, input: { sessionId: string; answerId: string }) => Promise<ActionState<{ evaluated: boolean }>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="alert alert-warning d-flex flex-wrap align-items-center gap-3" role="status">
      <span>Your answer is saved, but scoring did not finish.</span>
      <button
        type="button"
        className="btn btn-sm btn-warning"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const state = await retry(idle, { sessionId, answerId });
            if (state.status === "error") setMessage(state.message);
            else if (state.status === "success" && !state.data.evaluated) setMessage("Scoring failed again. Please try later; your answer stays saved.");
            router.refresh();
          })
        }
      >
        {pending ? "Scoring…" : "Score it now"}
      </button>
      {message ? <span className="small">{message}</span> : null}
    </div>
  );
}
