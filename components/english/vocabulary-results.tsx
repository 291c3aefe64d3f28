import type { VocabularyItemResult } from "@/lib/english/schema";

/** Each weak verb, the user's choice, and a stronger sentence to remember. */
export function VocabularyResults({ items }: { items: VocabularyItemResult[] }) {
  return (
    <ol className="list-unstyled">
      {items.map((item) => (
        <li key={item.pairId} className="border rounded p-3 mb-3" data-testid="vocabulary-result">
          <div className="d-flex flex-wrap justify-content-between gap-2 mb-2">
            <span className="fw-semibold">Instead of “{item.weak}”</span>
            <span className={`badge text-bg-${item.correct ? "success" : "danger"}`} data-testid="verdict">
              {item.correct ? "Correct" : "Not quite"}
            </span>
          </div>
          <p className="mb-1 text-break">{item.sentence}</p>
          <p className="small mb-1">
            You chose <strong>{item.chosen}</strong>. Strong choices here: {item.strong.join(", ")}.
          </p>
          <p className="small text-body-secondary mb-0 text-break">Example: {item.rewrite}</p>
        </li>
      ))}
    </ol>
  );
}
