import type { Analysis, Keyword } from "@/lib/resume/schema";
import { SectionCard } from "@/components/ui/section-card";

function KeywordList({ label, keywords, matched }: { label: string; keywords: Keyword[]; matched: boolean }) {
  if (keywords.length === 0) return null;
  return (
    <div className="mb-2">
      <div className="small fw-semibold">{label}</div>
      <ul className="list-inline mb-0" aria-label={label}>
        {keywords.map((keyword) => (
          <li key={keyword.term} className="list-inline-item mb-1">
            <span
              className={`badge rounded-pill ${matched ? "text-bg-success" : "bg-danger-subtle text-danger-emphasis border border-danger-subtle"}`}
            >
              <span aria-hidden="true">{matched ? "✓ " : "✗ "}</span>
              <span>{keyword.term}</span>
            </span>
            {keyword.foundAs ? (
              <span className="small text-body-secondary ms-1">(you wrote “{keyword.foundAs}”)</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Which of the job's keywords the resume has, must-haves apart from nice-to-haves. */
export function KeywordMatch({ match }: { match: Analysis["match"] }) {
  return (
    <SectionCard headingId="match-heading" title="Job description match" className="h-100">
      {!match ? (
        <p className="text-body-secondary mb-0">
          No job description was given. Paste one below to see which of its keywords your resume has.
        </p>
      ) : match.keywords.length === 0 ? (
        <p className="text-body-secondary mb-0">{match.note}</p>
      ) : (
        (["must", "nice"] as const).map((importance) => {
          const group = match.keywords.filter((k) => k.importance === importance);
          const name = importance === "must" ? "must-have" : "nice-to-have";
          if (group.length === 0) return null;
          return (
            <div key={importance} className="mb-3">
              <h3 className="h6">
                {importance === "must" ? "Must-have" : "Nice-to-have"}: {group.filter((k) => k.matched).length} of{" "}
                {group.length} found
              </h3>
              <KeywordList label={`Matched ${name} keywords`} keywords={group.filter((k) => k.matched)} matched />
              <KeywordList
                label={`Missing ${name} keywords`}
                keywords={group.filter((k) => !k.matched)}
                matched={false}
              />
            </div>
          );
        })
      )}
    </SectionCard>
  );
}
