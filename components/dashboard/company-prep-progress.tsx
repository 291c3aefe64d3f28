import Link from "next/link";

/** The companies being prepared for, each with how much of its checklist is done. */
export function CompanyPrepProgress({ companies }: { companies: { slug: string; name: string; progress: number }[] }) {
  if (companies.length === 0) {
    return (
      <p className="mb-0 text-body-secondary">
        Not preparing for a company yet. <Link href="/company-prep">Pick one</Link>.
      </p>
    );
  }
  return (
    <ul className="list-unstyled mb-0">
      {companies.map((company) => (
        <li key={company.slug} className="mb-2">
          <Link href={`/company-prep/${company.slug}`}>{company.name}</Link>
          <div
            className="progress mt-1"
            role="progressbar"
            aria-label={`${company.name} preparation`}
            aria-valuenow={company.progress}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div className="progress-bar" style={{ width: `${company.progress}%` }}>
              {Math.round(company.progress)}%
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
