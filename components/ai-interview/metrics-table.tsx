import type { AnswerMetrics } from "@/lib/ai/schema";
import { VerdictRows } from "@/components/ai-interview/verdicts";

function terms(list: { term: string; count: number }[]): string {
  return list.length === 0 ? "none" : list.map((item) => `“${item.term}” ×${item.count}`).join(", ");
}

const STAR_PARTS = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
] as const;

/** The explainable metrics, computed without AI, that anyone can check against the answer. */
export function MetricsTable({ metrics }: { metrics: AnswerMetrics }) {
  const { talkingPoints: points } = metrics;
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle mb-0">
        <caption className="small">Measured from your answer text, without AI.</caption>
        <tbody>
          <VerdictRows metrics={metrics} />
          <tr>
            <th scope="row">Length</th>
            <td>
              {metrics.wordCount} words, {metrics.sentenceCount} sentences
              {metrics.durationSeconds !== null ? `, ${Math.round(metrics.durationSeconds)} s` : ""}
              {metrics.wordsPerMinute !== null ? ` (${Math.round(metrics.wordsPerMinute)} words/min)` : ""}
            </td>
          </tr>
          <tr>
            <th scope="row">Filler words</th>
            <td>
              {metrics.fillerCount} ({metrics.fillerRate.toFixed(1)} per 100 words): {terms(metrics.fillers)}
            </td>
          </tr>
          <tr>
            <th scope="row">Hedging</th>
            <td>
              {metrics.hedgeCount}: {terms(metrics.hedges)}
            </td>
          </tr>
          <tr>
            <th scope="row">STAR structure</th>
            <td>
              <ul className="list-unstyled mb-0">
                {STAR_PARTS.map(([key, label]) => (
                  <li key={key}>
                    <span aria-hidden="true">{metrics.star[key] ? "✓" : "✗"}</span> {label}: {metrics.star[key] ? "found" : "not found"}
                    {metrics.star.evidence[key] ? <span className="text-body-secondary"> (“{metrics.star.evidence[key]}”)</span> : null}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
          <tr>
            <th scope="row">Numbers and results</th>
            <td>
              {metrics.numbers.length === 0 ? "no figures" : metrics.numbers.join(", ")}; {metrics.concreteResults} sentence
              {metrics.concreteResults === 1 ? "" : "s"} stating a concrete result
            </td>
          </tr>
          <tr>
            <th scope="row">Key points</th>
            <td>
              {points.coverage === null ? (
                "this question has no listed key points"
              ) : (
                <>
                  {points.covered.length} of {points.covered.length + points.missed.length} covered
                  {points.covered.length > 0 ? <div className="small">Covered: {points.covered.join("; ")}</div> : null}
                  {points.missed.length > 0 ? <div className="small">Missed: {points.missed.join("; ")}</div> : null}
                </>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
