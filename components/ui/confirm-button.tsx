"use client";
import { useId, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The visible text of the button that opens the dialog. */
  label: string;
  /** The button's name for screen readers when the visible label is ambiguous in a list. */
  accessibleLabel?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  buttonClassName?: string;
  /** Runs on confirmation; returns an error message to show, or null when done. */
  onConfirm: () => Promise<string | null>;
};

/**
 * A button that asks before doing something that cannot be undone. The native
 * modal <dialog> traps focus, closes on Escape and returns focus afterwards.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  children,
  confirmLabel,
  buttonClassName,
  onConfirm,
}: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const failure = await onConfirm();
      if (failure) setError(failure);
      else dialog.current?.close();
    } catch {
      setError("We could not reach the server. Nothing was deleted; try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className={buttonClassName ?? "btn btn-outline-danger btn-sm"}
        aria-label={accessibleLabel}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="border-0 rounded-3 shadow p-0 bg-body text-body"
        style={{ width: "min(28rem, calc(100vw - 2rem))" }}
        onClose={() => setError(null)}
      >
        <div className="p-4">
          <h2 id={`${id}-title`} className="h5">
            {title}
          </h2>
          <div id={`${id}-body`} className="mb-3">
            {children}
          </div>
          <div role="alert">{error ? <div className="alert alert-danger py-2">{error}</div> : null}</div>
          <div className="d-flex flex-wrap justify-content-end gap-2">
            {/* First in order, so the opened dialog focuses Cancel and Enter never deletes by accident. */}
            <button type="button" className="btn btn-outline-secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" disabled={pending} onClick={confirm}>
              {pending ? "Deleting…" : confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
