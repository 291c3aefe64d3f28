import Link from "next/link";
import { PRACTICE_TYPES, PRACTICE_TYPE_LABELS, addDays, type PracticeType } from "@/lib/analytics/types";

type Values = { from?: string; to?: string; types?: PracticeType[] };

function href(values: Values): string {
  const params = new URLSearchParams();
  if (values.from) params.set("from", values.from);
  if (values.to) params.set("to", values.to);
  for (const type of values.types ?? []) params.append("type", type);
  const query = params.toString();
  return query ? `/analytics?${query}` : "/analytics";
}

/**
 * Date range and practice types as a plain GET form: the filters live in the
 * URL (shareable, bookmarkable) and work without JavaScript.
 */
export function AnalyticsFilters({ values, today, errors }: { values: Values; today: string; errors?: Record<string, string[]> }) {
  const selected = new Set(values.types ?? []);
  const key = [values.from, values.to, ...selected].join("|");
  const presets = [
    { label: "Last 30 days", days: 30 },
    { label: "Last 90 days", days: 90 },
    { label: "Last 12 months", days: 365 },
  ];
  const fieldError = (name: string) => errors?.[name]?.[0];
  return (
    <form key={key} method="get" action="/analytics" role="search" aria-label="Filter analytics" className="card card-body mb-4" noValidate>
      <div className="row g-2 align-items-end">
        <div className="col-6 col-md-3">
          <label htmlFor="analytics-from" className="form-label">
            From
          </label>
          <input
            id="analytics-from"
            name="from"
            type="date"
            className={`form-control${fieldError("from") ? " is-invalid" : ""}`}
            defaultValue={values.from ?? ""}
            aria-invalid={fieldError("from") ? true : undefined}
            aria-describedby={fieldError("from") ? "analytics-from-error" : undefined}
          />
          {fieldError("from") ? (
            <div id="analytics-from-error" className="invalid-feedback">
              {fieldError("from")}
            </div>
          ) : null}
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="analytics-to" className="form-label">
            To
          </label>
          <input
            id="analytics-to"
            name="to"
            type="date"
            className={`form-control${fieldError("to") ? " is-invalid" : ""}`}
            defaultValue={values.to ?? ""}
            aria-invalid={fieldError("to") ? true : undefined}
            aria-describedby={fieldError("to") ? "analytics-to-error" : undefined}
          />
          {fieldError("to") ? (
            <div id="analytics-to-error" className="invalid-feedback">
              {fieldError("to")}
            </div>
          ) : null}
        </div>
        <fieldset className="col-12 col-md-6">
          <legend className="form-label fs-6 mb-1">Practice types (none ticked = all)</legend>
          <div className="d-flex flex-wrap gap-3">
            {PRACTICE_TYPES.map((type) => (
              <div className="form-check mb-0" key={type}>
                <input className="form-check-input" type="checkbox" name="type" value={type} id={`analytics-type-${type}`} defaultChecked={selected.has(type)} />
                <label className="form-check-label" htmlFor={`analytics-type-${type}`}>
                  {PRACTICE_TYPE_LABELS[type]}
                </label>
              </div>
            ))}
          </div>
          {fieldError("type") ? <div className="text-danger small mt-1">{fieldError("type")}</div> : null}
        </fieldset>
      </div>
      <div className="d-flex flex-wrap align-items-center gap-2 mt-3">
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        {presets.map((preset) => (
          <Link key={preset.days} className="btn btn-outline-secondary btn-sm" href={href({ from: addDays(today, -(preset.days - 1)), to: today, types: values.types })}>
            {preset.label}
          </Link>
        ))}
        <Link className="btn btn-link btn-sm" href="/analytics">
          Reset
        </Link>
      </div>
    </form>
  );
}
