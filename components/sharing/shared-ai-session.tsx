import type { SessionView } from "@/lib/ai-interview/queries";
import { FORMAT_LABELS, LEVEL_LABELS } from "@/lib/ai-interview/schema";
import { summarise } from "@/lib/ai-interview/summary";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** An AI mock interview, read-only, built from the AI interview's own cards. */
export function SharedAiSession({ session, headingLevel = 1 }: { session: SessionView; headingLevel?: 1 | 2 }) {
  const Heading = `h${headingLevel}` as const;
  const answered = session.answers.filter((a) => a.answerText !== null);
  const summary = summarise(session.answers);
  return (
    <>
      <Heading className="h3 mb-1">
        {session.position}
        {session.company ? ` at ${session.company}` : ""}
      </Heading>
      <p className="text-body-secondary mb-3">
        Mock interview · {LEVEL_LABELS[session.level]} · {FORMAT_LABELS[session.format]} · {dateFormat.format(session.createdAt)} · {answered.length} of{" "}
        {session.answers.length} answered
        {summary.averageScore !== null ? (
          <>
            {" · average "}
            <strong data-testid="session-average">{summary.averageScore.toFixed(1)}/10</strong>
          </>
        ) : null}
      </p>
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
        <FeedbackCard key={answer.id} answer={answer} viewer="other" />
      ))}
    </>
  );
}
