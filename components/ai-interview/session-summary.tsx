import Link from "next/link";
import type { SessionView } from "@/lib/interview-session/queries";
import { summarise } from "@/lib/interview-session/summary";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";
import { providerName } from "@/lib/ai/fallback-reasons";

const TYPE_LABEL = { behavioral: "Behavioural", technical: "Technical", system_design: "System design" } as const;

export function SessionSummary({ session }: { session: SessionView }) {
  const summary = summarise(session.answers);
  const questions = session.answers.filter((a) => a.parentId === null).length;
  const followUps = session.answers.length - questions;
  const sources = new Set(
    session.answers.map((a) => (a.source === null ? null : a.source === "local" ? "the local evaluator (no AI)" : `${providerName(a.source, a.feedback?.model)} (AI)`)).filter(Boolean),
  );
  return (
    <>
      <section className="card mb-4" aria-labelledby="summary-heading">
        <div className="card-body">
          <h2 id="summary-heading" className="h4">
            Session summary
          </h2>
          <div className="d-flex flex-wrap align-items-baseline gap-3 mb-3">
            <span className="display-6 fw-semibold" data-testid="session-average">
              {summary.averageScore === null ? "–" : `${summary.averageScore.toFixed(1)}/10`}
            </span>
            <span className="text-body-secondary">
              average over {questions} question{questions === 1 ? "" : "s"}
              {followUps > 0 ? ` (${followUps} follow-up${followUps === 1 ? "" : "s"} counted with their questions)` : ""}
              {sources.size > 0 ? ` · scored by ${[...sources].join(" and ")}` : ""}
            </span>
          </div>
          {summary.byType.length > 1 ? (
            <table className="table table-sm w-auto mb-3">
              <caption className="small">Average score by question type</caption>
              <tbody>
                {summary.byType.map((row) => (
                  <tr key={row.type}>
                    <th scope="row">{TYPE_LABEL[row.type]}</th>
                    <td>
                      {row.average.toFixed(1)}/10 ({row.count})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3 className="h6">Weakest areas</h3>
          {summary.weakestAreas.length === 0 ? (
            <p className="mb-0">No recurring weak spots in this session. Try a harder level next.</p>
          ) : (
            <ol className="mb-0" data-testid="weakest-areas">
              {summary.weakestAreas.map((area) => (
                <li key={area.area}>
                  <strong>{area.area}.</strong> {area.detail}
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
      <h2 className="h5 mb-3">Questions and feedback</h2>
      {session.answers.map((answer) => (
        <FeedbackCard key={answer.id} answer={answer} />
      ))}
      <Link href="/ai-interview" className="btn btn-primary">
        Start another interview
      </Link>
    </>
  );
}
