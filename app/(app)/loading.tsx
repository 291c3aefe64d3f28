export default function Loading() {
  return (
    <div className="d-flex align-items-center gap-2 py-5" role="status" aria-live="polite">
      <div className="spinner-border spinner-border-sm" aria-hidden="true" />
      <span>Loading…</span>
    </div>
  );
}
