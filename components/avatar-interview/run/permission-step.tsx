"use client";
import { SelfView } from "@/components/avatar-interview/run/self-view";
import type { Ref } from "react";
import { MEDIA_MESSAGES, type MediaAccess } from "@/components/avatar-interview/use-media-access";

type Props = {
  access: MediaAccess;
  stream: MediaStream | null;
  canRecord: boolean;
  /** Attaches the camera preview; the run keeps the element to analyse it. */
  videoRef: Ref<HTMLVideoElement>;
  onRequest: () => void;
  onStart: () => void;
};

/** The first step of a video interview: what is recorded and measured, the camera permission, and Start. */
export function PermissionStep({ access, stream, canRecord, videoRef, onRequest, onStart }: Props) {
  const refusal = access in MEDIA_MESSAGES ? MEDIA_MESSAGES[access as keyof typeof MEDIA_MESSAGES] : null;
  return (
    <section className="card" aria-labelledby="permission-heading">
      <div className="card-body">
        <h2 id="permission-heading" className="h5">
          Camera and microphone
        </h2>
        <p>
          With your camera on, the interview is recorded (uploaded in pieces as you go, so a closed tab loses at most a
          few seconds) and your browser measures what the camera sees: whether your face is visible, whether you look at
          the camera, head movement and shoulder posture. Only those numbers leave your browser. Without a camera you
          answer by typing.
        </p>
        {!canRecord ? (
          <p className="alert alert-info py-2">
            This session already has a recording, so the rest of it is not recorded again.
          </p>
        ) : null}
        <div className="row g-3 align-items-start">
          <div className="col-md-5">
            <SelfView stream={stream} videoRef={videoRef} label="Your camera preview" />
          </div>
          <div className="col-md-7">
            {access === "granted" ? (
              <p className="text-success" role="status">
                Camera and microphone are on{canRecord ? "; recording starts with the first question." : "."}
              </p>
            ) : null}
            {refusal ? (
              <div className="alert alert-warning" role="alert" data-testid="media-message">
                {refusal}
              </div>
            ) : null}
            <div className="d-flex flex-wrap gap-2">
              {access !== "granted" ? (
                <button
                  type="button"
                  className="btn btn-outline-primary"
                  onClick={onRequest}
                  disabled={access === "asking"}
                >
                  {access === "asking"
                    ? "Waiting for permission…"
                    : refusal
                      ? "Try the camera again"
                      : "Turn on camera and microphone"}
                </button>
              ) : null}
              <button type="button" className="btn btn-primary" onClick={onStart} disabled={access === "asking"}>
                {access === "granted" ? "Start interview" : "Start interview (typing only)"}
              </button>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
