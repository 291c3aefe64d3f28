"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRegisterSeek } from "@/components/avatar-interview/recorder/recording-seek";

type Probe = { status: "loading" } | { status: "none" } | { status: "ready"; complete: boolean };

/** A moment no later than the end, when the end is known (a comment may sit past a partial recording's last chunk). */
const within = (seconds: number, duration: number) =>
  Number.isFinite(duration) ? Math.min(seconds, duration) : seconds;

/**
 * The session recording, seekable (the server answers Range requests). A
 * recording whose upload stopped is shown as what it is: partial. Nothing
 * renders when there is no recording. Inside a RecordingSeekProvider, moments
 * on the page (SeekTo) play it from their time.
 */
export function RecordingPlayer({ src, caption = "Your interview recording" }: { src: string; caption?: string }) {
  const [probe, setProbe] = useState<Probe>({ status: "loading" });
  const video = useRef<HTMLVideoElement | null>(null);
  // A moment asked for before the duration is known; findDuration's reset goes there instead of 0.
  const pending = useRef<number | null>(null);

  const seek = useCallback((ms: number) => {
    const element = video.current;
    if (!element) return;
    const seconds = ms / 1000;
    if (Number.isFinite(element.duration)) element.currentTime = within(seconds, element.duration);
    else pending.current = seconds;
    element.scrollIntoView({ block: "nearest" });
    // Focus moves to the player so the keyboard controls playback from here (Space pauses).
    element.focus();
    // The click is a user gesture, so play is allowed; a browser that still refuses leaves the video paused at the moment.
    void element.play().catch(() => undefined);
  }, []);
  useRegisterSeek(probe.status === "ready" ? seek : null);

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
    if (!element) return;
    if (Number.isFinite(element.duration)) {
      if (pending.current !== null) element.currentTime = within(pending.current, element.duration);
      pending.current = null;
      return;
    }
    const reset = () => {
      element.removeEventListener("durationchange", reset);
      element.currentTime = within(pending.current ?? 0, element.duration);
      pending.current = null;
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
      <video
        ref={video}
        src={src}
        controls
        preload="metadata"
        playsInline
        className="w-100 rounded bg-dark"
        style={{ maxHeight: "70vh" }}
        onLoadedMetadata={findDuration}
      >
        Your browser cannot play this video.
      </video>
      <figcaption className="visually-hidden">{caption}</figcaption>
    </figure>
  );
}
