"use client";
import { useRouter } from "next/navigation";
import { deleteInterviewAction, deleteQuestionAction } from "@/lib/interviews/actions";
import { idle } from "@/lib/actions/state";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Deletes an interview after confirmation; `then` is where to go afterwards (the list stays put without it). */
export function DeleteInterviewButton({ id, name, then }: { id: string; name: string; then?: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      accessibleLabel={`Delete ${name}`}
      title="Delete this interview?"
      confirmLabel="Delete interview"
      onConfirm={async () => {
        const state = await deleteInterviewAction(idle, { id });
        if (state.status === "error") return state.message;
        if (then) router.replace(then);
        return null;
      }}
    >
      <p className="mb-0">
        <strong>{name}</strong> and the questions you logged from it will be deleted. This cannot be undone.
      </p>
    </ConfirmButton>
  );
}

export function DeleteQuestionButton({ id, text }: { id: string; text: string }) {
  return (
    <ConfirmButton
      label="Delete"
      accessibleLabel={`Delete question: ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`}
      title="Delete this question?"
      confirmLabel="Delete question"
      onConfirm={async () => {
        const state = await deleteQuestionAction(idle, { id });
        return state.status === "error" ? state.message : null;
      }}
    >
      <p className="mb-0">“{text}” will be removed from your question list.</p>
    </ConfirmButton>
  );
}
