import Link from "next/link";
import { CheckField, Field } from "@/components/ui/field";
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
        <Field
          id="analytics-from"
          label="From"
          wrapperClassName="col-6 col-md-3"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          error={fieldError("from")}
        />
        <Field
          id="analytics-to"
          label="To"
          wrapperClassName="col-6 col-md-3"
          name="to"
          type="date"
          defaultValue={values.to ?? ""}
          error={fieldError("to")}
        />
        <fieldset className="col-12 col-md-6">
          <legend className="form-label fs-6 mb-1">Practice types (none ticked = all)</legend>
          <div className="d-flex flex-wrap gap-3">
            {PRACTICE_TYPES.map((type) => (
              <CheckField
                key={type}
                id={`analytics-type-${type}`}
                label={PRACTICE_TYPE_LABELS[type]}
                wrapperClassName="form-check mb-0"
                name="type"
                value={type}
                defaultChecked={selected.has(type)}
              />
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
