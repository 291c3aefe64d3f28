import type { Ref } from "react";

/** The candidate's own camera, muted; hidden until there is a stream. One element per step, the same ref. */
export function SelfView({
  stream,
  videoRef,
  label,
}: {
  stream: MediaStream | null;
  videoRef: Ref<HTMLVideoElement>;
  label: string;
}) {
  return (
    <video
      ref={videoRef}
      muted
      autoPlay
      playsInline
      className={`w-100 rounded bg-dark${stream ? "" : " d-none"}`}
      aria-label={label}
      data-testid="self-view"
    />
  );
}
