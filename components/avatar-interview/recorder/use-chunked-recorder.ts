"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { ChunkUploader } from "@/components/avatar-interview/recorder/chunk-uploader";

export type RecorderState = "idle" | "recording" | "uploading" | "complete" | "error";

/** MediaRecorder hands over a chunk this often; each is uploaded at once, so a crash loses at most this much. */
export const TIMESLICE_MS = 2500;

const CANDIDATE_TYPES = ["video/webm;codecs=vp9,opus", "video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];

function pickMime(): string | null {
  if (typeof MediaRecorder === "undefined") return null;
  return CANDIDATE_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? "";
}

/**
 * Records a stream with MediaRecorder and uploads it in chunks while recording
 * (POST …/recording/chunks?index=N), in order, retrying through network drops;
 * stop() uploads what is left and marks the recording complete. A crash or a
 * closed tab loses at most the last chunk or two; what arrived stays playable.
 */
export function useChunkedRecorder({ sessionId, stream }: { sessionId: string; stream: MediaStream | null }) {
  const [state, setState] = useState<RecorderState>("idle");
  const [uploadedBytes, setUploadedBytes] = useState(0);
  const [pendingChunks, setPendingChunks] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const uploader = useRef<ChunkUploader | null>(null);
  const startedAt = useRef<number | null>(null);
  const stoppedAt = useRef<number | null>(null);
  const stopping = useRef<Promise<void> | null>(null);

  const fail = useCallback((message: string) => {
    setError(message);
    setState("error");
  }, []);

  const start = useCallback(() => {
    if (recorder.current) return;
    const mime = pickMime();
    if (!stream || mime === null) {
      fail(stream ? "This browser cannot record video." : "No camera stream to record.");
      return;
    }
    let media: MediaRecorder;
    try {
      media = mime ? new MediaRecorder(stream, { mimeType: mime }) : new MediaRecorder(stream);
    } catch {
      fail("This browser cannot record video.");
      return;
    }
    const upload = new ChunkUploader({
      sessionId,
      mime: media.mimeType || mime || "video/webm",
      onProgress: (progress) => {
        setUploadedBytes(progress.uploadedBytes);
        setPendingChunks(progress.pendingChunks);
        if (progress.error) fail(progress.error);
      },
    });
    media.ondataavailable = (event) => upload.enqueue(event.data);
    media.onerror = () => fail("The recording stopped unexpectedly. What was uploaded is kept as a partial video.");
    recorder.current = media;
    uploader.current = upload;
    startedAt.current = Date.now();
    stoppedAt.current = null;
    setError(null);
    setState("recording");
    media.start(TIMESLICE_MS);
  }, [fail, sessionId, stream]);

  const stop = useCallback((): Promise<void> => {
    stopping.current ??= (async () => {
      const media = recorder.current;
      const upload = uploader.current;
      if (!media || !upload) return;
      if (media.state !== "inactive") {
        // The last dataavailable fires before stop.
        const stopped = new Promise<void>((resolve) => media.addEventListener("stop", () => resolve(), { once: true }));
        media.stop();
        await stopped;
      }
      stoppedAt.current = Date.now();
      if (upload.error) return;
      setState("uploading");
      const ok = await upload.complete(stoppedAt.current - (startedAt.current ?? stoppedAt.current));
      if (ok) setState("complete");
      else fail(upload.error ?? "The recording could not be completed.");
    })();
    return stopping.current;
  }, [fail]);

  const elapsedMs = useCallback(() => (startedAt.current === null ? 0 : (stoppedAt.current ?? Date.now()) - startedAt.current), []);

  // Back online: retry a waiting upload now instead of after its backoff.
  useEffect(() => {
    const online = () => uploader.current?.retryNow();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, []);

  // Leaving the page mid-recording: stop the recorder (its last chunk still uploads if the page lives on); never marked complete.
  useEffect(
    () => () => {
      const media = recorder.current;
      if (media && media.state !== "inactive") media.stop();
    },
    [],
  );

  return { start, stop, state, elapsedMs, uploadedBytes, pendingChunks, error };
}
