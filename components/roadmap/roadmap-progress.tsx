"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { STATUS_LABELS } from "@/lib/roadmap/schema";

type Status = { id: string; status: keyof typeof STATUS_LABELS; progress: number; stage: string | null; error: string | null };

const POLL_MS = 1_000;

/**
 * Shows the job's progress and polls GET /api/roadmap/<id> until it finishes,
 * then refreshes the page so the server renders the result (or the error).
 */
export function RoadmapProgress({ initial }: { initial: Status }) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const [tick, setTick] = useState(0);
  const [offline, setOffline] = useState(false);
  const finished = status.status === "done" || status.status === "failed";

  useEffect(() => {
    if (finished) {
      router.refresh();
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/roadmap/${encodeURIComponent(status.id)}`, { cache: "no-store" });
        if (cancelled) return;
        if (response.ok) {
          setStatus((await response.json()) as Status);
          setOffline(false);
        } else if (response.status === 404 || response.status === 401) {
          // Deleted elsewhere or logged out: the server page knows what to show.
          router.refresh();
          return;
        } else {
          setOffline(true);
        }
      } catch {
        if (!cancelled) setOffline(true);
      }
      if (!cancelled) setTick((n) => n + 1);
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tick, finished, status.id, router]);

  const running = status.status === "running";
  return (
    <section aria-labelledby="progress-heading" className="card mb-4">
      <div className="card-body">
        <h2 id="progress-heading" className="h5">
          {finished ? "Finishing up…" : running ? "Building your roadmap" : "Queued"}
        </h2>
        <div
          className="progress mb-2"
          role="progressbar"
          aria-label="Roadmap progress"
          aria-valuenow={status.progress}
          aria-valuemin={0}
          aria-valuemax={100}
          style={{ height: "1.25rem" }}
        >
          <div
            className={`progress-bar${finished ? "" : " progress-bar-striped progress-bar-animated"}`}
            style={{ width: `${Math.max(status.progress, 3)}%` }}
          >
            {status.progress}%
          </div>
        </div>
        <p className="mb-0" role="status" aria-live="polite" data-testid="roadmap-stage">
          {status.stage ?? STATUS_LABELS[status.status]}
        </p>
        {offline ? (
          <p className="small text-body-secondary mt-2 mb-0">We could not check on the job just now; trying again…</p>
        ) : (
          <p className="small text-body-secondary mt-2 mb-0">
            This runs in the background: you can leave this page and come back from your roadmap history.
          </p>
        )}
      </div>
    </section>
  );
}
