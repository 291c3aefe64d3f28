"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useChunkedRecorder } from "@/components/avatar-interview/recorder/use-chunked-recorder";
import { useFaceAnalysis } from "@/components/avatar-interview/analysis/use-face-analysis";
import { AvatarAnswerForm } from "@/components/avatar-interview/avatar-answer-form";
import { Interviewer } from "@/components/avatar-interview/interviewer";
import { useInterviewer } from "@/components/avatar-interview/use-interviewer";
import { useMediaAccess } from "@/components/avatar-interview/use-media-access";
import { PermissionStep } from "@/components/avatar-interview/run/permission-step";
import { CameraPanel } from "@/components/avatar-interview/run/camera-panel";

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
    return (
      <PermissionStep
        access={media.access}
        stream={media.stream}
        canRecord={canRecord}
        videoRef={attachSelfView}
        onRequest={() => void media.request()}
        onStart={start}
      />
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
        <CameraPanel
          stream={media.stream}
          recordStream={recordStream}
          recorder={recorder}
          face={face}
          videoRef={attachSelfView}
        />
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
