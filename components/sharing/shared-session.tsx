import type { SessionView } from "@/lib/interview-session/queries";
import { FORMAT_LABELS, LEVEL_LABELS } from "@/lib/interview-session/schema";
import { summarise } from "@/lib/interview-session/summary";
import { formatTimestamp } from "@/lib/sharing/schema";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";
import { SeekTo } from "@/components/avatar-interview/recorder/recording-seek";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value)}/100`);

/**
 * A session of either kind, read-only, built from the interview pages' own
 * cards. A video session also shows its body-language scores; pass the
 * recording player as `recording` when the viewer may watch it.
 */
export function SharedSession({
  session,
  headingLevel = 1,
  recording,
}: {
  session: SessionView;
  headingLevel?: 1 | 2;
  recording?: React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const answered = session.answers.filter((a) => a.answerText !== null);
  // Follow-ups belong to their question's thread; the counts are of questions.
  const questions = session.answers.filter((a) => a.parentId === null);
  const summary = summarise(session.answers);
  const facts = [
    session.kind === "text" ? "Mock interview" : "Video interview",
    session.level ? LEVEL_LABELS[session.level] : null,
    session.kind === "text" ? FORMAT_LABELS[session.format] : null,
    dateFormat.format(session.createdAt),
  ].filter((fact): fact is string => fact !== null);
  return (
    <>
      <Heading className="h3 mb-1">
        {session.role}
        {session.company ? ` at ${session.company}` : ""}
      </Heading>
      <p className="text-body-secondary mb-3">
        {facts.join(" · ")} · {questions.filter((a) => a.answerText !== null).length} of {questions.length} questions answered
        {summary.averageScore !== null ? (
          <>
            {" · average "}
            <strong data-testid="session-average">{summary.averageScore.toFixed(1)}/10</strong>
          </>
        ) : null}
      </p>
      {session.recording ? (
        <dl className="row mb-3" aria-label="Body language">
          <dt className="col-6 col-sm-3">Posture</dt>
          <dd className="col-6 col-sm-3">{percent(session.recording.postureScore)}</dd>
          <dt className="col-6 col-sm-3">Engagement</dt>
          <dd className="col-6 col-sm-3">{percent(session.recording.engagementScore)}</dd>
          {session.recording.durationMs ? (
            <>
              <dt className="col-6 col-sm-3">Recording</dt>
              <dd className="col-6 col-sm-3">{formatTimestamp(session.recording.durationMs)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {recording ?? null}
      {summary.weakestAreas.length > 0 ? (
        <section className="card mb-3" aria-labelledby="weak-heading">
          <div className="card-body">
            <h2 id="weak-heading" className="h6">
              Weakest areas (measured without AI)
            </h2>
            <ol className="mb-0">
              {summary.weakestAreas.map((area) => (
                <li key={area.area}>
                  <strong>{area.area}.</strong> {area.detail}
                </li>
              ))}
            </ol>
          </div>
        </section>
      ) : null}
      <h2 className="h5 mb-3">Questions and answers</h2>
      {answered.length === 0 ? <p className="text-body-secondary">No answers in this session yet.</p> : null}
      {answered.map((answer) => (
        <div key={answer.id}>
          {answer.recordingOffsetMs !== null && session.recording ? (
            <p className="small text-body-secondary mb-1">
              Starts at <SeekTo ms={answer.recordingOffsetMs} /> in the recording
            </p>
          ) : null}
          <FeedbackCard answer={answer} viewer="other" />
        </div>
      ))}
    </>
  );
}
