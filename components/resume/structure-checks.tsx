import { SECTION_KEYS, SECTION_LABELS, type Analysis } from "@/lib/resume/schema";
import { SectionCard } from "@/components/ui/section-card";
import { DetailList } from "@/components/ui/detail-list";

/** Sections found, achievements judged, length and formatting problems. */
export function StructureChecks({ analysis }: { analysis: Analysis }) {
  const { sections, bullets, length, issues, actionVerbs } = analysis;
  return (
    <div className="row g-3">
      <div className="col-md-6">
        <SectionCard headingId="sections-heading" title="Sections" className="h-100">
          <ul className="list-unstyled mb-0" aria-label="Sections">
            {SECTION_KEYS.map((key) => {
              const finding = sections[key];
              return (
                <li key={key} className="d-flex gap-2 mb-1" data-testid={`section-${key}`}>
                  <span aria-hidden="true" className={finding.found ? "text-success" : "text-danger"}>
                    {finding.found ? "✓" : "✗"}
                  </span>
                  <span>
                    <strong>{SECTION_LABELS[key]}</strong>: {finding.found ? "found" : "missing"}
                    {finding.heading ? (
                      <span className="text-body-secondary"> (heading “{finding.heading}”)</span>
                    ) : null}
                    {finding.details?.length ? (
                      <span className="text-body-secondary"> ({finding.details.join(", ")})</span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </SectionCard>
      </div>
      <div className="col-md-6">
        <SectionCard headingId="content-heading" title="Content" className="h-100">
          <DetailList
            className="row mb-0 small"
            termClassName="col-7"
            detailClassName="col-5 mb-1"
            items={[
              { term: "Bullet points", detail: bullets.count },
              {
                term: bullets.counted === "bullets" ? "Achievements judged" : "Lines judged (no bullets)",
                detail: bullets.judged,
              },
              { term: "Open with an action verb", detail: `${bullets.withActionVerb} of ${bullets.judged}` },
              { term: "Open with a weak phrase", detail: bullets.weakVerb },
              { term: "Contain a number", detail: `${bullets.quantified} of ${bullets.judged}` },
              {
                term: "Length",
                detail: `${length.words} words${length.pages ? `, ${length.pages} page${length.pages === 1 ? "" : "s"}` : ""}`,
                testId: "resume-length",
              },
            ]}
          />
          {actionVerbs.length > 0 ? (
            <p className="small text-body-secondary mt-2 mb-0">Verbs used: {actionVerbs.join(", ")}.</p>
          ) : null}
        </SectionCard>
      </div>
      <div className="col-12">
        <SectionCard headingId="issues-heading" title="Formatting">
          {issues.length === 0 ? (
            <p className="text-body-secondary mb-0">No formatting problems found.</p>
          ) : (
            <ul className="mb-0 ps-3" aria-label="Formatting problems">
              {issues.map((issue) => (
                <li key={issue.code} className="mb-2">
                  {issue.message}
                  {issue.examples.length > 0 && issue.code !== "inconsistent_dates" ? (
                    <ul className="small text-body-secondary">
                      {issue.examples.map((example, index) => (
                        <li key={index} className="text-break">
                          {example}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </SectionCard>
      </div>
    </div>
  );
}
