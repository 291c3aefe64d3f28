/** A form-level message, announced to screen readers when it appears. */
export function FormAlert({ kind, message }: { kind: "error" | "success" | "info"; message?: string | null }) {
  const tone = kind === "error" ? "danger" : kind;
  return (
    <div role={kind === "error" ? "alert" : "status"} aria-live="polite">
      {message ? <div className={`alert alert-${tone}`}>{message}</div> : null}
    </div>
  );
}
