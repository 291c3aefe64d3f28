import { SECTION_KEYS, SECTION_LABELS, type Analysis } from "@/lib/resume/schema";

/** Sections found, achievements judged, length and formatting problems. */
export function StructureChecks({ analysis }: { analysis: Analysis }) {
  const { sections, bullets, length, issues, actionVerbs } = analysis;
  return (
    <div className="row g-3">
      <div className="col-md-6">
        <section className="card h-100" aria-labelledby="sections-heading">
          <div className="card-body">
            <h2 id="sections-heading" className="h5">
              Sections
            </h2>
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
                      {finding.heading ? <span className="text-body-secondary"> (heading “{finding.heading}”)</span> : null}
                      {finding.details?.length ? <span className="text-body-secondary"> ({finding.details.join(", ")})</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        </section>
      </div>
      <div className="col-md-6">
        <section className="card h-100" aria-labelledby="content-heading">
          <div className="card-body">
            <h2 id="content-heading" className="h5">
              Content
            </h2>
            <dl className="row mb-0 small">
              <dt className="col-7">Bullet points</dt>
              <dd className="col-5 mb-1">{bullets.count}</dd>
              <dt className="col-7">{bullets.counted === "bullets" ? "Achievements judged" : "Lines judged (no bullets)"}</dt>
              <dd className="col-5 mb-1">{bullets.judged}</dd>
              <dt className="col-7">Open with an action verb</dt>
              <dd className="col-5 mb-1">
                {bullets.withActionVerb} of {bullets.judged}
              </dd>
              <dt className="col-7">Open with a weak phrase</dt>
              <dd className="col-5 mb-1">{bullets.weakVerb}</dd>
              <dt className="col-7">Contain a number</dt>
              <dd className="col-5 mb-1">
                {bullets.quantified} of {bullets.judged}
              </dd>
              <dt className="col-7">Length</dt>
              <dd className="col-5 mb-1" data-testid="resume-length">
                {length.words} words{length.pages ? `, ${length.pages} page${length.pages === 1 ? "" : "s"}` : ""}
              </dd>
            </dl>
            {actionVerbs.length > 0 ? <p className="small text-body-secondary mt-2 mb-0">Verbs used: {actionVerbs.join(", ")}.</p> : null}
          </div>
        </section>
      </div>
      <div className="col-12">
        <section className="card" aria-labelledby="issues-heading">
          <div className="card-body">
            <h2 id="issues-heading" className="h5">
              Formatting
            </h2>
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
          </div>
        </section>
      </div>
    </div>
  );
}
