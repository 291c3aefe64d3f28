import type { AnswerMetrics } from "@/lib/ai/schema";

// The three honesty checks, shown before anything else about an answer: whether it answers the
// question, whether it hangs together and whether its facts hold. Answers stored before the
// checks existed have none, and show none.

const VERDICT_TEXT = {
  "on-topic": "Answers the question",
  partly: "Partly answers the question",
  "off-topic": "Doesn't answer the question",
} as const;
const VERDICT_TONE = { "on-topic": "success", partly: "warning", "off-topic": "danger" } as const;

/** One line under the score: the relevance verdict and its reason, and any disagreement. */
export function RelevanceVerdict({ metrics }: { metrics: AnswerMetrics }) {
  const relevance = metrics.relevance;
  if (!relevance) return null;
  return (
    <div className={`alert alert-${VERDICT_TONE[relevance.verdict]} py-2 small`} data-testid="relevance-verdict">
      <strong>{VERDICT_TEXT[relevance.verdict]}.</strong> {relevance.reason}
      {relevance.disagreement ? <div className="mt-1">{relevance.disagreement}</div> : null}
    </div>
  );
}

/** Table rows for relevance, coherence and checked claims. */
export function VerdictRows({ metrics }: { metrics: AnswerMetrics }) {
  const { relevance, coherence, claims } = metrics;
  return (
    <>
      {relevance ? (
        <tr>
          <th scope="row">Relevance</th>
          <td>
            {relevance.verdict} ({relevance.score.toFixed(2)} of 1): {relevance.reason}
            {relevance.ai ? (
              <div className="small">
                AI verdict: {relevance.ai.verdict}. {relevance.ai.reason}
              </div>
            ) : null}
          </td>
        </tr>
      ) : null}
      {coherence ? (
        <tr>
          <th scope="row">Coherence</th>
          <td>
            {coherence.score.toFixed(2)} of 1{coherence.issue ? `: ${coherence.issue}` : ": the answer hangs together"}
          </td>
        </tr>
      ) : null}
      {claims ? (
        <tr>
          <th scope="row">Correctness</th>
          <td>
            {claims.status === "not-checked" ? (
              "correctness not checked: no known facts for this question's topic"
            ) : (
              <>
                Checked against {claims.topics.join(" and ")}: {claims.contradicted.length} contradicted,{" "}
                {claims.checked.length} confirmed
                {claims.contradicted.length > 0 ? (
                  <ul className="small mb-0">
                    {claims.contradicted.map((claim) => (
                      <li key={claim.text}>
                        You said “{claim.quote}”. {claim.correction}.
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}
