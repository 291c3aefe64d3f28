import type { AnswerView } from "@/lib/interview-session/queries";
import { MetricsTable } from "@/components/ai-interview/metrics-table";
import { SourceBadge } from "@/components/ai-interview/source-badge";
import { RelevanceVerdict } from "@/components/ai-interview/verdicts";

function List({ title, items, tone, level }: { title: string; items: string[]; tone: string; level: 3 | 4 }) {
  if (items.length === 0) return null;
  const Heading = `h${level}` as const;
  return (
    <div className="col-md-4">
      <Heading className={`h6 text-${tone}-emphasis`}>{title}</Heading>
      <ul className="small ps-3 mb-0" aria-label={title}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One answered question: the answer, its score with its source, feedback and metrics.
 * `viewer` "other" is an instructor or a share-link visitor reading someone else's answer.
 */
export function FeedbackCard({
  answer,
  headingLevel = 3,
  viewer = "owner",
}: {
  answer: AnswerView;
  headingLevel?: 2 | 3;
  viewer?: "owner" | "other";
}) {
  const Heading = `h${headingLevel}` as const;
  // One level below the card's own heading, so a page that shows the card under an h1 skips no level.
  const listLevel = headingLevel === 2 ? 3 : 4;
  const followUp = answer.parentId !== null;
  const askedBy = answer.feedback?.askedBy;
  return (
    <article
      className={`card mb-3${followUp ? " ms-4 border-start border-3" : ""}`}
      aria-labelledby={`q-${answer.id}`}
      data-testid={followUp ? "follow-up-card" : "feedback-card"}
    >
      <div className="card-header d-flex flex-wrap justify-content-between gap-2">
        <Heading id={`q-${answer.id}`} className="h6 mb-0">
          {followUp ? `Follow-up to question ${answer.questionNumber}` : `Question ${answer.questionNumber}`}: {answer.questionText}
        </Heading>
        {answer.score !== null ? (
          <span className="fw-semibold" data-testid="answer-score">
            {answer.score.toFixed(1)}/10
            {followUp ? <span className="fw-normal small text-body-secondary"> for the question with this follow-up</span> : null}
          </span>
        ) : null}
      </div>
      <div className="card-body">
        {followUp ? (
          <p className="small text-body-secondary mb-2">
            {answer.reason ? <>Asked because: {answer.reason} </> : null}
            {askedBy ? <SourceBadge source={askedBy.source} model={askedBy.model} fallbackReason={askedBy.fallbackReason} kind="follow-up" /> : null}
          </p>
        ) : null}
        {!followUp && answer.reason ? <p className="small text-body-secondary mb-2">Why this question: {answer.reason}</p> : null}
        <details className="mb-3">
          <summary>{viewer === "owner" ? "Your answer" : "The answer"}</summary>
          <p className="mt-2 mb-0" style={{ whiteSpace: "pre-wrap" }}>
            {answer.answerText?.trim() ? answer.answerText : <em>No answer given.</em>}
          </p>
        </details>
        {answer.score === null ? (
          <p className="text-body-secondary mb-0">Saved. Feedback is not ready yet.</p>
        ) : (
          <>
            <div className="mb-3">
              <SourceBadge source={answer.source} model={answer.feedback?.model} fallbackReason={answer.feedback?.fallbackReason} />
            </div>
            {answer.metrics ? <RelevanceVerdict metrics={answer.metrics} /> : null}
            <div className="row g-3 mb-3">
              <List level={listLevel} title="Strengths" items={answer.feedback?.strengths ?? []} tone="success" />
              <List level={listLevel} title="To improve" items={answer.feedback?.improvements ?? []} tone="warning" />
              <List level={listLevel} title="Suggestions" items={answer.feedback?.suggestions ?? []} tone="primary" />
            </div>
            {answer.metrics ? (
              <details>
                <summary>Metrics behind the score</summary>
                <div className="mt-2">
                  <MetricsTable metrics={answer.metrics} />
                </div>
              </details>
            ) : null}
          </>
        )}
      </div>
    </article>
  );
}
