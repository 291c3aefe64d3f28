import Link from "next/link";
import { Field, SelectField } from "@/components/ui/field";
import { categoryLabel, DIFFICULTY_LABELS, DSA_CATEGORIES, STATUS_FILTER_LABELS, type CatalogueFilter } from "@/lib/dsa/schema";

/** A plain GET form: filters live in the URL, so they can be shared, bookmarked and work without JavaScript. */
export function CatalogueFilters({ filter }: { filter: CatalogueFilter }) {
  const active = Boolean(filter.q || filter.category || filter.difficulty || filter.status);
  // Client navigation (Clear filters, back) re-renders without remounting, and
  // uncontrolled fields keep their old values; a key from the URL resets them.
  const key = [filter.q, filter.category, filter.difficulty, filter.status].join("|");
  return (
    <form key={key} method="get" action="/dsa/problems" role="search" aria-label="Filter problems" className="row g-2 align-items-end mb-3">
      <Field
        id="q"
        label="Search by title"
        wrapperClassName="col-12 col-md-4"
        name="q"
        type="search"
        defaultValue={filter.q ?? ""}
        maxLength={100}
        placeholder="e.g. two sum"
      />
      <SelectField id="category" label="Category" wrapperClassName="col-6 col-md-3" name="category" defaultValue={filter.category ?? ""}>
        <option value="">All categories</option>
        {DSA_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {categoryLabel(category)}
          </option>
        ))}
      </SelectField>
      <SelectField id="difficulty" label="Difficulty" wrapperClassName="col-6 col-md-2" name="difficulty" defaultValue={filter.difficulty ?? ""}>
        <option value="">Any</option>
        {Object.entries(DIFFICULTY_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField id="status" label="Status" wrapperClassName="col-6 col-md-2" name="status" defaultValue={filter.status ?? ""}>
        <option value="">Any</option>
        {Object.entries(STATUS_FILTER_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <div className="col-6 col-md-1 d-flex gap-2">
        <button type="submit" className="btn btn-primary w-100">
          Filter
        </button>
      </div>
      {active ? (
        <div className="col-12">
          <Link href="/dsa/problems" className="small">
            Clear filters
          </Link>
        </div>
      ) : null}
    </form>
  );
}
