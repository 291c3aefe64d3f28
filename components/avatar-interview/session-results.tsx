import Link from "next/link";
import type { SessionView } from "@/lib/interview-session/queries";
import type { Analysis } from "@/lib/interview-session/avatar/analysis/queries";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";
import { RecordingPlayer } from "@/components/avatar-interview/recorder/recording-player";
import { recordingSrc } from "@/lib/interview-session/avatar/recording/urls";
import { SeekTo } from "@/components/avatar-interview/recorder/recording-seek";
import { AnalysisTimeline } from "@/components/avatar-interview/analysis/analysis-timeline";

function Score({ label, value, testId, help }: { label: string; value: number | null; testId: string; help: string }) {
  return (
    <div className="col-sm-6">
      <div className="border rounded p-3 h-100">
        <h3 className="h6 mb-1">{label}</h3>
        <p className="fs-3 fw-semibold mb-1" data-testid={testId}>
          {value === null ? "–" : `${Math.round(value)}/100`}
        </p>
        <p className="small text-body-secondary mb-0">
          {value === null ? "Not measured: no camera analysis for this session." : help}
        </p>
      </div>
    </div>
  );
}

/** The finished session: scores, the recording with its analysis timeline, and per-question feedback. */
export function SessionResults({ session, analysis }: { session: SessionView; analysis: Analysis | null }) {
  const recording = session.recording;
  const status = recording?.status ?? "none";
  const posture = analysis?.postureScore ?? recording?.postureScore ?? null;
  const engagement = analysis?.engagementScore ?? recording?.engagementScore ?? null;
  const hasVideo = Boolean(recording?.videoRecorded || recording?.storageKey) || status === "complete";
  const spokenBy =
    recording?.avatarProvider === "did"
      ? `D-ID talking-head video (${session.didTalks} of ${session.questionsPlanned} questions; the in-browser avatar spoke any others)`
      : "the in-browser avatar (your browser's speech synthesis)";
  return (
    <>
      <section className="card mb-4" aria-labelledby="results-heading">
        <div className="card-body">
          <h2 id="results-heading" className="h4">
            Results
          </h2>
          <div className="d-flex flex-wrap align-items-baseline gap-3 mb-2">
            <span className="display-6 fw-semibold" data-testid="session-average">
              {session.answers.some((a) => a.score !== null) ? `${session.averageScore.toFixed(1)}/10` : "–"}
            </span>
            <span className="text-body-secondary">
              average over {session.questionsAnswered} of {session.questionsPlanned} question
              {session.questionsPlanned === 1 ? "" : "s"}
            </span>
          </div>
          <p className="small mb-0" data-testid="session-avatar-provider">
            Questions were asked by {spokenBy}.
          </p>
        </div>
      </section>

      <section className="card mb-4" aria-labelledby="recording-heading">
        <div className="card-body">
          <h2 id="recording-heading" className="h5">
            Recording and camera analysis
          </h2>
          {hasVideo ? (
            <>
              <RecordingPlayer src={recordingSrc(session.id)} />
              {status !== "complete" ? (
                <p className="small text-warning-emphasis mt-2 mb-0">
                  The recording did not finish uploading; the part that arrived is shown.
                </p>
              ) : null}
            </>
          ) : (
            <p className="text-body-secondary">
              {status === "none"
                ? "This session was not recorded (typing only, or the camera was off)."
                : "The recording did not finish uploading; the part that arrived is shown when you reload this page."}
            </p>
          )}
          {analysis && analysis.samples.length > 0 ? (
            <div className="mt-3">
              <AnalysisTimeline
                samples={analysis.samples}
                answers={session.answers.flatMap((a) =>
                  a.recordingOffsetMs === null
                    ? []
                    : [{ position: a.position, recordingOffsetMs: a.recordingOffsetMs }],
                )}
              />
            </div>
          ) : null}
          <div className="row g-3 mt-1">
            <Score
              label="Posture"
              value={posture}
              testId="posture-score"
              help="Share of samples with level, upright shoulders."
            />
            <Score
              label="Engagement"
              value={engagement}
              testId="engagement-score"
              help="Face in view and looking at the camera, with a steady head."
            />
          </div>
          <p className="small text-body-secondary mt-3 mb-0" data-testid="analysis-note">
            The camera analysis reports only what the camera observes: whether your face is visible, whether you look at
            the camera, how much your head moves and how your shoulders sit. It does not detect emotions, confidence or
            honesty, and it ran in your browser; only these numbers were stored.
          </p>
        </div>
      </section>

      <h2 className="h5 mb-3">Questions and feedback</h2>
      {session.answers.map((answer) => (
        <div key={answer.id}>
          {answer.recordingOffsetMs !== null && hasVideo ? (
            <p className="small text-body-secondary mb-1">
              Answer {answer.position} starts at <SeekTo ms={answer.recordingOffsetMs} /> in the recording.
            </p>
          ) : null}
          <FeedbackCard answer={answer} />
        </div>
      ))}
      <Link href="/avatar-interview" className="btn btn-primary">
        Start another video interview
      </Link>
    </>
  );
}
