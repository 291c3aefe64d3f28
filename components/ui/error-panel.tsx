"use client";

/** The body of every error.tsx: what happened, that data is safe, and a retry. */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container py-5" role="alert">
      <h1 className="h3">Something went wrong</h1>
      <p className="text-body-secondary">
        We could not load this page. Your saved data is safe. Try again, and if it keeps happening, quote this reference:{" "}
        <code>{error.digest ?? "n/a"}</code>.
      </p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
