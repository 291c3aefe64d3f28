import type { SharedAvatarSession as Session } from "@/lib/sharing/queries";
import { formatTimestamp } from "@/lib/sharing/schema";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value)}/100`);

/**
 * A video (avatar) interview, read-only. The recording player is the avatar
 * feature's; pass it as `recording` when the viewer may watch it.
 */
export function SharedAvatarSession({
  session,
  headingLevel = 1,
  recording,
}: {
  session: Session;
  headingLevel?: 1 | 2;
  recording?: React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const answered = session.answers.filter((a) => a.answerText !== null);
  return (
    <>
      <Heading className="h3 mb-1">
        {session.jobRole}
        {session.company ? ` at ${session.company}` : ""}
      </Heading>
      <p className="text-body-secondary mb-3">
        Video interview · {dateFormat.format(session.createdAt)} · {session.questionsCompleted} of {session.questionsCount} answered
        {session.averageScore > 0 ? ` · average ${session.averageScore.toFixed(1)}/10` : ""}
      </p>
      <dl className="row mb-3" aria-label="Body language">
        <dt className="col-6 col-sm-3">Posture</dt>
        <dd className="col-6 col-sm-3">{percent(session.postureScore)}</dd>
        <dt className="col-6 col-sm-3">Engagement</dt>
        <dd className="col-6 col-sm-3">{percent(session.engagementScore)}</dd>
        {session.recordingDurationMs ? (
          <>
            <dt className="col-6 col-sm-3">Recording</dt>
            <dd className="col-6 col-sm-3">{formatTimestamp(session.recordingDurationMs)}</dd>
          </>
        ) : null}
      </dl>
      {recording ?? null}
      <h2 className="h5 mb-3">Questions and answers</h2>
      {answered.length === 0 ? <p className="text-body-secondary">No answers in this session yet.</p> : null}
      {answered.map((answer) => (
        <div key={answer.id}>
          {answer.recordingOffsetMs !== null ? (
            <p className="small text-body-secondary mb-1">Starts at {formatTimestamp(answer.recordingOffsetMs)} in the recording</p>
          ) : null}
          <FeedbackCard answer={answer} viewer="other" />
        </div>
      ))}
    </>
  );
}
