"use client";
import { useState } from "react";
import Link from "next/link";
import type { PickerCompanies } from "@/lib/company-prep/queries";
import { ProgressMeter, percentText } from "@/components/company-prep/progress-meter";

type Company = { slug: string; name: string; industry: string; progress?: number };

function matches(company: Company, query: string): boolean {
  return !query || company.name.toLowerCase().includes(query) || company.industry.toLowerCase().includes(query);
}

function CompanyCard({ company }: { company: Company }) {
  return (
    <li className="col">
      <div className="card h-100 position-relative">
        <div className="card-body">
          <Link href={`/company-prep/${company.slug}`} className="stretched-link fw-semibold text-decoration-none">
            {company.name}
          </Link>
          <div className="small text-body-secondary">{company.industry}</div>
          {company.progress !== undefined ? (
            <div className="d-flex align-items-center gap-2 mt-2">
              <ProgressMeter label={`${company.name} overall progress`} value={company.progress} className="flex-grow-1" />
              <span className="small fw-semibold" data-testid={`overall-${company.slug}`}>
                {percentText(company.progress)}
              </span>
            </div>
          ) : null}
        </div>
      </div>
    </li>
  );
}

/** Every company, searchable by name or industry; the ones being prepared for come first. */
export function CompanyPicker({ preparing, others }: PickerCompanies) {
  const [search, setSearch] = useState("");
  const query = search.trim().toLowerCase();
  const shownPreparing = preparing.filter((company) => matches(company, query));
  const shownOthers = others.filter((company) => matches(company, query));
  const total = preparing.length + others.length;
  const shown = shownPreparing.length + shownOthers.length;

  return (
    <>
      <div className="mb-4" style={{ maxWidth: "32rem" }}>
        <label htmlFor="company-search" className="form-label">
          Search companies
        </label>
        <input
          id="company-search"
          type="search"
          className="form-control"
          placeholder="Name or industry, e.g. fintech"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-describedby="company-search-count"
        />
        <div id="company-search-count" className="form-text" role="status" aria-live="polite">
          {query ? `${shown} of ${total} companies match` : `${total} companies`}
        </div>
      </div>

      <section aria-labelledby="preparing-heading" className="mb-5">
        <h2 id="preparing-heading" className="h4 mb-3">
          Preparing for
        </h2>
        {preparing.length === 0 ? (
          <div className="card card-body bg-body-tertiary">
            <p className="fw-semibold mb-1">You are not preparing for any company yet.</p>
            <p className="mb-0 text-body-secondary">
              Pick a company below to see how it interviews and work through a checklist for each kind of round. Your progress is saved as you go.
            </p>
          </div>
        ) : shownPreparing.length === 0 ? (
          <p className="text-body-secondary">None of your companies match the search.</p>
        ) : (
          <ul className="row row-cols-1 row-cols-sm-2 row-cols-lg-3 g-3 list-unstyled" aria-label="Companies you are preparing for">
            {shownPreparing.map((company) => (
              <CompanyCard key={company.slug} company={company} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading" className="h4 mb-3">
          {preparing.length === 0 ? "All companies" : "Other companies"}
        </h2>
        {shownOthers.length === 0 ? (
          <p className="text-body-secondary">{query ? `No other company matches “${search.trim()}”.` : "You are preparing for every company."}</p>
        ) : (
          <ul className="row row-cols-1 row-cols-sm-2 row-cols-lg-3 g-3 list-unstyled" aria-label="Companies to choose from">
            {shownOthers.map((company) => (
              <CompanyCard key={company.slug} company={company} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
