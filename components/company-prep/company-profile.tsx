import type { CompanyProfileView } from "@/lib/companies/queries";

/** How the company interviews: its style and its rounds, in order. */
export function InterviewProcess({ company }: { company: CompanyProfileView }) {
  return (
    <section aria-labelledby="process-heading" className="mb-4">
      <h2 id="process-heading" className="h4">
        How {company.name} interviews
      </h2>
      <p>{company.interviewStyle}</p>
      <ol className="list-group list-group-numbered" aria-label="Interview rounds, in order">
        {company.rounds.map((round) => (
          <li key={round.name} className="list-group-item">
            <span className="fw-semibold">{round.name}</span>
            <div className="small text-body-secondary">{round.description}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function BulletList({ id, title, items }: { id: string; title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-4">
      <h3 id={id} className="h6 text-uppercase text-body-secondary">
        {title}
      </h3>
      <ul className="mb-0 ps-3">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** What the company looks for: values, focus areas and tips. */
export function CompanyLooksFor({ company }: { company: CompanyProfileView }) {
  return (
    <div className="card">
      <div className="card-body">
        <h2 className="h5 mb-3">What {company.name} looks for</h2>
        <BulletList id="values-heading" title="Values" items={company.values} />
        <BulletList id="focus-heading" title="Focus areas" items={company.focusAreas} />
        <BulletList id="tips-heading" title="Tips" items={company.tips} />
      </div>
    </div>
  );
}
