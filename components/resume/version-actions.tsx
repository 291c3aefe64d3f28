"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteResumeAction, setActiveResumeAction } from "@/lib/resume/actions";
import { idle } from "@/lib/actions/state";
import { ConfirmButton } from "@/components/ui/confirm-button";

type Props = {
  id: string;
  version: number;
  /** Storage key of the original file. */
  filename: string;
  originalFilename: string | null;
  isActive: boolean;
  /** Where to go after deleting (the list stays put without it). */
  afterDelete?: string;
};

/** Download, make active and delete for one resume version. */
export function VersionActions({ id, version, filename, originalFilename, isActive, afterDelete }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const name = `version ${version}${originalFilename ? ` (${originalFilename})` : ""}`;

  function activate() {
    setError(null);
    startTransition(async () => {
      try {
        const state = await setActiveResumeAction(idle, { id });
        if (state.status === "error") setError(state.message);
        else router.refresh();
      } catch {
        setError("We could not reach the server. Nothing was changed; try again.");
      }
    });
  }

  return (
    <div className="d-flex flex-wrap align-items-center gap-2">
      <a
        className="btn btn-outline-secondary btn-sm"
        href={`/api/files/${filename}`}
        download={originalFilename ?? undefined}
        aria-label={`Download ${name}`}
      >
        Download
      </a>
      {isActive ? null : (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={activate} disabled={pending} aria-label={`Make ${name} active`}>
          {pending ? "Switching…" : "Make active"}
        </button>
      )}
      <ConfirmButton
        label="Delete"
        accessibleLabel={`Delete ${name}`}
        title={`Delete version ${version}?`}
        confirmLabel="Delete version"
        onConfirm={async () => {
          const state = await deleteResumeAction(idle, { id });
          if (state.status === "error") return state.message;
          if (afterDelete) router.replace(afterDelete);
          else router.refresh();
          return null;
        }}
      >
        <p className="mb-0">
          {originalFilename ? <strong>{originalFilename}</strong> : "This version"} and its analysis will be deleted, including the stored file. This cannot be
          undone.
        </p>
      </ConfirmButton>
      <div role="alert" className="w-100">
        {error ? <div className="alert alert-danger py-2 mb-0 mt-2">{error}</div> : null}
      </div>
    </div>
  );
}
