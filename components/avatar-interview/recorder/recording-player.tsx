"use client";
import { useEffect, useRef, useState } from "react";

type Probe = { status: "loading" } | { status: "none" } | { status: "ready"; complete: boolean };

/**
 * The session recording, seekable (the server answers Range requests). A
 * recording whose upload stopped is shown as what it is: partial. Nothing
 * renders when there is no recording.
 */
export function RecordingPlayer({ sessionId }: { sessionId: string }) {
  const src = `/api/avatar-interview/sessions/${encodeURIComponent(sessionId)}/recording`;
  const [probe, setProbe] = useState<Probe>({ status: "loading" });
  const video = useRef<HTMLVideoElement | null>(null);

  useEffect(() => {
    let live = true;
    fetch(src, { headers: { Range: "bytes=0-0" } })
      .then(async (response) => {
        await response.body?.cancel();
        if (!live) return;
        if (!response.ok) setProbe({ status: "none" });
        else setProbe({ status: "ready", complete: response.headers.get("x-recording-status") === "complete" });
      })
      .catch(() => live && setProbe({ status: "none" }));
    return () => {
      live = false;
    };
  }, [src]);

  // MediaRecorder's WebM has no duration in its header; seeking to the end once makes the browser find it, so the seek bar works.
  function findDuration() {
    const element = video.current;
    if (!element || Number.isFinite(element.duration)) return;
    const reset = () => {
      element.removeEventListener("durationchange", reset);
      element.currentTime = 0;
    };
    element.addEventListener("durationchange", reset);
    element.currentTime = Number.MAX_SAFE_INTEGER;
  }

  if (probe.status === "none") return null;
  if (probe.status === "loading") {
    return (
      <p className="text-body-secondary small" role="status">
        Loading the recording…
      </p>
    );
  }
  return (
    <figure className="mb-0" data-testid="recording-player" data-complete={probe.complete}>
      {!probe.complete ? (
        <p className="alert alert-warning py-2 small" role="status">
          Recording interrupted — partial video. The upload stopped before the end; this is everything that arrived.
        </p>
      ) : null}
      <video ref={video} src={src} controls preload="metadata" playsInline className="w-100 rounded bg-dark" style={{ maxHeight: "70vh" }} onLoadedMetadata={findDuration}>
        Your browser cannot play this video.
      </video>
      <figcaption className="visually-hidden">Your interview recording</figcaption>
    </figure>
  );
}
