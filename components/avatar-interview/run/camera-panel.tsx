"use client";
import { SelfView } from "@/components/avatar-interview/run/self-view";
import type { Ref } from "react";
import type { useChunkedRecorder } from "@/components/avatar-interview/recorder/use-chunked-recorder";
import type { useFaceAnalysis } from "@/components/avatar-interview/analysis/use-face-analysis";

type Props = {
  stream: MediaStream | null;
  /** The stream being recorded, or null when nothing is (typing only, or the session already has a recording). */
  recordStream: MediaStream | null;
  recorder: ReturnType<typeof useChunkedRecorder>;
  face: ReturnType<typeof useFaceAnalysis>;
  videoRef: Ref<HTMLVideoElement>;
};

/** The candidate's side while the interview runs: the self view, and what the recorder and the analysis are doing. */
export function CameraPanel({ stream, recordStream, recorder, face, videoRef }: Props) {
  const recording = recorder.state === "recording";
  return (
    <div className="card mt-3">
      <div className="card-body">
        <SelfView stream={stream} videoRef={videoRef} label="Your camera" />
        <p className="small mb-0 mt-2" role="status" data-testid="recording-status" data-state={recorder.state}>
          {recordStream
            ? recording
              ? `● Recording · ${(recorder.uploadedBytes / 1_048_576).toFixed(1)} MB uploaded`
              : recorder.state === "error"
                ? `Recording stopped: ${recorder.error ?? "unknown error"}. Your answers are still saved.`
                : `Recording: ${recorder.state}`
            : "Typing only: nothing is recorded."}
        </p>
        {recording ? (
          <p className="small text-body-secondary mb-0" data-testid="analysis-status">
            Camera analysis:{" "}
            {face.status === "ready" ? (face.latest?.faceVisible ? "face visible" : "no face in view") : face.status}
          </p>
        ) : null}
      </div>
    </div>
  );
}
