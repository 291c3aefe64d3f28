"use client";
import { useRouter } from "next/navigation";
import { deleteCommentAction } from "@/lib/sharing/actions";
import { idle } from "@/lib/actions/state";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Removes one of the instructor's own comments after confirmation. */
export function DeleteCommentButton({ id }: { id: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      accessibleLabel="Delete this comment"
      title="Delete this comment?"
      confirmLabel="Delete comment"
      buttonClassName="btn btn-link btn-sm text-danger p-0"
      onConfirm={async () => {
        const state = await deleteCommentAction(idle, { id });
        if (state.status === "error") return state.message;
        router.refresh();
        return null;
      }}
    >
      <p className="mb-0">The student will no longer see it.</p>
    </ConfirmButton>
  );
}
