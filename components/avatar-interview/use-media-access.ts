"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type MediaAccess = "not_asked" | "asking" | "granted" | "refused" | "absent" | "unsupported" | "busy";

export const MEDIA_MESSAGES: Record<Exclude<MediaAccess, "not_asked" | "asking" | "granted">, string> = {
  refused:
    "Camera and microphone access was refused. You can still do the interview by typing your answers; nothing will be recorded. To record, allow the camera and microphone for this site in your browser's settings and try again.",
  absent:
    "No camera or microphone was found. You can still do the interview by typing your answers; nothing will be recorded.",
  unsupported:
    "This browser cannot use the camera on this page (it needs a secure https:// connection and a recent browser). You can still do the interview by typing your answers.",
  busy: "The camera or microphone is in use by another application. Close it and try again, or continue by typing your answers.",
};

/** Asks for the camera and microphone once, on a click; every way it can fail becomes a plain message. */
export function useMediaAccess() {
  const [access, setAccess] = useState<MediaAccess>("not_asked");
  const [stream, setStream] = useState<MediaStream | null>(null);
  const current = useRef<MediaStream | null>(null);

  const release = useCallback(() => {
    for (const track of current.current?.getTracks() ?? []) track.stop();
    current.current = null;
    setStream(null);
  }, []);

  useEffect(() => release, [release]);

  const request = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setAccess("unsupported");
      return;
    }
    setAccess("asking");
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: true });
      current.current = media;
      setStream(media);
      setAccess("granted");
    } catch (error) {
      const name = error instanceof DOMException ? error.name : "";
      setAccess(
        name === "NotAllowedError" || name === "SecurityError"
          ? "refused"
          : name === "NotFoundError" || name === "OverconstrainedError"
            ? "absent"
            : name === "NotReadableError" || name === "AbortError"
              ? "busy"
              : "refused",
      );
    }
  }, []);

  return { access, stream, request, release };
}
