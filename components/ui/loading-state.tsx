/** The body of every loading.tsx. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="d-flex align-items-center gap-2 py-5" role="status" aria-live="polite">
      <div className="spinner-border spinner-border-sm" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
