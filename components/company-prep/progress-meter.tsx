/** A labelled progress bar (0–100). The label names it for screen readers. */
export function ProgressMeter({ label, value, className = "" }: { label: string; value: number; className?: string }) {
  const shown = Math.round(value);
  return (
    <div
      className={`progress ${className}`}
      role="progressbar"
      aria-label={label}
      aria-valuenow={shown}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuetext={`${shown}%`}
      style={{ height: "0.6rem" }}
    >
      <div className={`progress-bar${shown >= 100 ? " bg-success" : ""}`} style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
    </div>
  );
}

/** How progress reads everywhere: whole percent. */
export function percentText(value: number): string {
  return `${Math.round(value)}%`;
}
