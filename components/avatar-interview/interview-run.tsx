"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useChunkedRecorder } from "@/components/avatar-interview/recorder/use-chunked-recorder";
import { useFaceAnalysis } from "@/components/avatar-interview/analysis/use-face-analysis";
import { AvatarAnswerForm } from "@/components/avatar-interview/avatar-answer-form";
import { Interviewer } from "@/components/avatar-interview/interviewer";
import { useInterviewer } from "@/components/avatar-interview/use-interviewer";
import { MEDIA_MESSAGES, useMediaAccess } from "@/components/avatar-interview/use-media-access";

type Question = { id: string; position: number; questionText: string; questionType: string };

type Props = {
  sessionId: string;
  /** The questions not answered yet, in order. */
  questions: Question[];
  total: number;
  didEnabled: boolean;
  /** False once a recording exists for this session (a reload cannot resume it). */
  canRecord: boolean;
};

/**
 * One avatar interview: camera and microphone permission, then one question at a
 * time (the interviewer speaks it, the user answers), recording and on-device
 * analysis running throughout when the camera is on; typing alone always works.
 */
export function InterviewRun({ sessionId, questions, total, didEnabled, canRecord }: Props) {
  const router = useRouter();
  const [phase, setPhase] = useState<"setup" | "running" | "finishing">("setup");
  const [index, setIndex] = useState(0);
  const [lastSaved, setLastSaved] = useState<{ position: number; evaluated: boolean } | null>(null);
  const [recordingStartedAt, setRecordingStartedAt] = useState<number | null>(null);
  const [selfView, setSelfView] = useState<HTMLVideoElement | null>(null);
  const selfViewRef = useRef<HTMLVideoElement | null>(null);
  const attachSelfView = useCallback((element: HTMLVideoElement | null) => {
    selfViewRef.current = element;
    setSelfView(element);
  }, []);
  const media = useMediaAccess();
  const recordStream = canRecord ? media.stream : null;
  const recorder = useChunkedRecorder({ sessionId, stream: recordStream });
  const recording = recorder.state === "recording";
  const face = useFaceAnalysis({ sessionId, video: selfView, running: recording, recordingStartedAt });
  const interviewer = useInterviewer({ sessionId, didEnabled });
  const answerBeganAt = useRef<number | undefined>(undefined);

  const question = questions[index];

  useEffect(() => {
    const element = selfViewRef.current;
    if (element && media.stream && element.srcObject !== media.stream) element.srcObject = media.stream;
  }, [selfView, media.stream]);

  // The answer begins when the interviewer has finished asking.
  useEffect(() => {
    if (interviewer.state === "done" && answerBeganAt.current === undefined && recording)
      answerBeganAt.current = recorder.elapsedMs();
  }, [interviewer.state, recording, recorder]);

  const recordingOffsetMs = useCallback(() => {
    if (!recording) return undefined;
    return Math.round(answerBeganAt.current ?? recorder.elapsedMs());
  }, [recording, recorder]);

  function ask(next: Question) {
    answerBeganAt.current = undefined;
    void interviewer.speak(next.questionText);
  }

  function start() {
    if (!question) return;
    if (recordStream) {
      recorder.start();
      setRecordingStartedAt(Date.now());
    }
    setPhase("running");
    ask(question);
  }

  async function finish() {
    setPhase("finishing");
    try {
      interviewer.stop();
      // Samples and chunks are flushed before the results page reads them. A failure
      // of either leaves the answers saved; the results page says what of the recording arrived.
      await face.flush().catch(() => undefined);
      if (recorder.state !== "idle") await recorder.stop().catch(() => undefined);
    } finally {
      media.release();
      router.refresh();
    }
  }

  function saved(result: { evaluated: boolean }) {
    if (!question) return;
    setLastSaved({ position: question.position, evaluated: result.evaluated });
    const next = questions[index + 1];
    if (!next) {
      void finish();
      return;
    }
    setIndex(index + 1);
    ask(next);
  }

  if (phase === "setup") {
    const refusal = media.access in MEDIA_MESSAGES ? MEDIA_MESSAGES[media.access as keyof typeof MEDIA_MESSAGES] : null;
    return (
      <section className="card" aria-labelledby="permission-heading">
        <div className="card-body">
          <h2 id="permission-heading" className="h5">
            Camera and microphone
          </h2>
          <p>
            With your camera on, the interview is recorded (uploaded in pieces as you go, so a closed tab loses at most
            a few seconds) and your browser measures what the camera sees: whether your face is visible, whether you
            look at the camera, head movement and shoulder posture. Only those numbers leave your browser. Without a
            camera you answer by typing.
          </p>
          {!canRecord ? (
            <p className="alert alert-info py-2">
              This session already has a recording, so the rest of it is not recorded again.
            </p>
          ) : null}
          <div className="row g-3 align-items-start">
            <div className="col-md-5">
              <video
                ref={attachSelfView}
                muted
                autoPlay
                playsInline
                className={`w-100 rounded bg-dark${media.stream ? "" : " d-none"}`}
                aria-label="Your camera preview"
                data-testid="self-view"
              />
            </div>
            <div className="col-md-7">
              {media.access === "granted" ? (
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
                {media.access !== "granted" ? (
                  <button
                    type="button"
                    className="btn btn-outline-primary"
                    onClick={() => void media.request()}
                    disabled={media.access === "asking"}
                  >
                    {media.access === "asking"
                      ? "Waiting for permission…"
                      : refusal
                        ? "Try the camera again"
                        : "Turn on camera and microphone"}
                  </button>
                ) : null}
                <button type="button" className="btn btn-primary" onClick={start} disabled={media.access === "asking"}>
                  {media.access === "granted" ? "Start interview" : "Start interview (typing only)"}
                </button>
              </div>
            </div>
          </div>
        </div>
      </section>
    );
  }

  return (
    <div className="row g-3">
      <div className="col-lg-4">
        <Interviewer
          state={interviewer.state}
          spokenBy={interviewer.spokenBy}
          fallbackReason={interviewer.fallbackReason}
          videoUrl={interviewer.videoUrl}
          onVideoEnded={interviewer.videoEnded}
          onVideoFailed={() => question && interviewer.videoFailed(question.questionText)}
          onReplay={() => question && ask(question)}
          onSkip={interviewer.stop}
        />
        <div className="card mt-3">
          <div className="card-body">
            <video
              ref={attachSelfView}
              muted
              autoPlay
              playsInline
              className={`w-100 rounded bg-dark${media.stream ? "" : " d-none"}`}
              aria-label="Your camera"
              data-testid="self-view"
            />
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
                {face.status === "ready"
                  ? face.latest?.faceVisible
                    ? "face visible"
                    : "no face in view"
                  : face.status}
              </p>
            ) : null}
          </div>
        </div>
      </div>
      <div className="col-lg-8">
        {lastSaved ? (
          <p className="small text-success" role="status">
            Answer {lastSaved.position} saved{lastSaved.evaluated ? " and scored" : "; scoring will be retried"}.
          </p>
        ) : null}
        {phase === "finishing" || !question ? (
          <div className="card" role="status">
            <div className="card-body">
              <p className="mb-0">
                Finishing:{" "}
                {recordStream
                  ? `saving the last part of your recording (${recorder.pendingChunks} pieces left)…`
                  : "preparing your results…"}
              </p>
            </div>
          </div>
        ) : (
          <AvatarAnswerForm
            key={question.id}
            sessionId={sessionId}
            answerId={question.id}
            position={question.position}
            total={total}
            question={question.questionText}
            questionType={question.questionType}
            recordingOffsetMs={recordingOffsetMs}
            onSaved={saved}
          />
        )}
      </div>
    </div>
  );
}
