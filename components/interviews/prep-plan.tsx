import Link from "next/link";
import { practiceHref } from "@/lib/interviews/schema";

type Props = {
  interview: {
    company: string;
    position: string;
    level: string | null;
    companySlug: string | null;
    companyProfile: { name: string; focusAreas: string[] } | null;
  };
  headingLevel?: 2 | 3;
};

/** What to do before an upcoming interview: a pre-filled mock interview and the company's checklist. */
export function PrepPlan({ interview, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const profile = interview.companySlug ? interview.companyProfile : null;
  const target = `${interview.position} at ${interview.company}`;
  return (
    <section className="border rounded p-3 bg-body-tertiary" aria-label={`Prep plan for ${target}`}>
      <Heading className="h6 mb-2">Prep plan</Heading>
      <ul className="mb-2 ps-3">
        <li>
          <Link href={practiceHref(interview)}>
            Start a mock interview<span className="visually-hidden"> for {target}</span>
          </Link>{" "}
          <span className="small text-body-secondary">pre-filled with this role{profile ? " and company" : ""}</span>
        </li>
        {profile ? (
          <li>
            <Link href={`/company-prep/${interview.companySlug}`}>{profile.name} prep checklist</Link>
          </li>
        ) : null}
      </ul>
      {profile && profile.focusAreas.length > 0 ? (
        <div className="small">
          <span className="text-body-secondary">{profile.name} focuses on:</span>
          <ul className="list-inline mb-0 mt-1" aria-label={`${profile.name} focus areas`}>
            {profile.focusAreas.map((area) => (
              <li key={area} className="list-inline-item badge text-bg-light border text-wrap text-start mb-1">
                {area}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="small text-body-secondary mb-0">
          No company profile matches “{interview.company}”. Edit the interview and pick a company from the list to get
          its focus areas and checklist.
        </p>
      )}
    </section>
  );
}
