"use client";
import { useCallback, useSyncExternalStore } from "react";
import { AvatarFace } from "@/components/avatar-interview/avatar-face";
import { fallbackText, type InterviewerState, type SpokenBy } from "@/components/avatar-interview/use-interviewer";

const reducedMotionQuery = "(prefers-reduced-motion: reduce)";
function subscribeMotion(onChange: () => void) {
  const query = window.matchMedia(reducedMotionQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const LIVE_TEXT: Record<InterviewerState, string> = {
  idle: "",
  preparing: "The interviewer is getting ready…",
  speaking: "Interviewer is speaking…",
  done: "The interviewer has asked the question. Your turn.",
};

type Props = {
  state: InterviewerState;
  spokenBy: SpokenBy | null;
  fallbackReason: string | null;
  videoUrl: string | null;
  onVideoEnded: () => void;
  onVideoFailed: () => void;
  onReplay: () => void;
  onSkip: () => void;
};

/** The interviewer: the D-ID video when one is playing, otherwise the in-browser face; always says which spoke. */
export function Interviewer({
  state,
  spokenBy,
  fallbackReason,
  videoUrl,
  onVideoEnded,
  onVideoFailed,
  onReplay,
  onSkip,
}: Props) {
  const reducedMotion = useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia(reducedMotionQuery).matches,
    () => false,
  );
  const speaking = state === "speaking";
  // Playing with sound can be refused by the browser; then the in-browser avatar speaks instead.
  const play = useCallback(
    (element: HTMLVideoElement | null) => void element?.play().catch(() => onVideoFailed()),
    [onVideoFailed],
  );
  const why = fallbackText(fallbackReason);
  return (
    <section
      className="card h-100"
      aria-label="Interviewer"
      data-testid="interviewer"
      data-state={state}
      data-provider={spokenBy ?? "none"}
    >
      <div className="card-body text-center">
        {videoUrl ? (
          <video
            key={videoUrl}
            src={videoUrl}
            playsInline
            className="w-100 rounded"
            style={{ maxHeight: 240, objectFit: "contain" }}
            onEnded={onVideoEnded}
            onError={onVideoFailed}
            aria-label="Interviewer video"
            ref={play}
          />
        ) : (
          <AvatarFace speaking={speaking} reducedMotion={reducedMotion} />
        )}
        <p className="mt-2 mb-1 small" data-testid="avatar-provider-label">
          {spokenBy === "did" ? (
            <span className="badge text-bg-primary">D-ID talking-head video</span>
          ) : spokenBy === "local" ? (
            <span className="badge text-bg-secondary">In-browser avatar (your browser&apos;s speech synthesis)</span>
          ) : null}
        </p>
        {why && spokenBy === "local" ? (
          <p className="small text-body-secondary mb-1">{why}, so the in-browser avatar spoke.</p>
        ) : null}
        <p className="mb-2 small fw-semibold" aria-live="polite" data-testid="interviewer-status">
          {LIVE_TEXT[state]}
        </p>
        <div className="d-flex justify-content-center gap-2">
          {speaking || state === "preparing" ? (
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onSkip}>
              Stop speaking
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-sm btn-outline-secondary"
              onClick={onReplay}
              disabled={state === "idle"}
            >
              Ask again
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
