import type { GrammarItemResult, Verdict } from "@/lib/english/schema";
import { categoryLabel } from "@/lib/english/labels";

const VERDICTS: Record<Verdict, { label: string; tone: string }> = {
  exact: { label: "Correct", tone: "success" },
  accepted: { label: "Correct — your own fix, no problems found", tone: "success" },
  wrong: { label: "Not yet", tone: "danger" },
  skipped: { label: "Skipped", tone: "secondary" },
};

/** Each sentence with the user's correction, the verdict and what harper still flags. */
export function GrammarResults({ items, fromAnswers }: { items: GrammarItemResult[]; fromAnswers: boolean }) {
  return (
    <ol className="list-unstyled">
      {items.map((item, index) => {
        const verdict = VERDICTS[item.verdict];
        return (
          <li key={`${item.exerciseId}-${index}`} className="border rounded p-3 mb-3" data-testid="grammar-result">
            <div className="d-flex flex-wrap justify-content-between gap-2 mb-2">
              <span className="fw-semibold">Sentence {index + 1}</span>
              <span className={`badge text-bg-${verdict.tone}`} data-testid="verdict">
                {verdict.label}
              </span>
            </div>
            {item.question ? (
              <p className="small text-body-secondary mb-1">From your answer to “{item.question}”</p>
            ) : null}
            <dl className="mb-0 text-break">
              <dt className="small text-body-secondary fw-normal">Original ({categoryLabel(item.category)})</dt>
              <dd>{item.sentence}</dd>
              <dt className="small text-body-secondary fw-normal">Your correction</dt>
              <dd data-testid="your-answer">{item.answer || "—"}</dd>
              {item.verdict === "exact" ? null : (
                <>
                  <dt className="small text-body-secondary fw-normal">
                    {fromAnswers ? "harper's suggested fix" : "Reference fix"}
                  </dt>
                  <dd>{item.expected}</dd>
                </>
              )}
            </dl>
            {item.remaining.length > 0 ? (
              <ul className="small mb-0 mt-2" aria-label="Problems still found">
                {item.remaining.map((issue, issueIndex) => (
                  <li key={issueIndex}>
                    {categoryLabel(issue.category)}: “{issue.text}” — {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
