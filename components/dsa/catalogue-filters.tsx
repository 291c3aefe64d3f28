import { Field, SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import {
  categoryLabel,
  DIFFICULTY_LABELS,
  DSA_CATEGORIES,
  STATUS_FILTER_LABELS,
  type CatalogueFilter,
} from "@/lib/dsa/schema";

const CATEGORY_LABELS = Object.fromEntries(DSA_CATEGORIES.map((category) => [category, categoryLabel(category)]));

export function CatalogueFilters({ filter }: { filter: CatalogueFilter }) {
  const { q, category, difficulty, status } = filter;
  return (
    <FilterForm
      action="/dsa/problems"
      label="Filter problems"
      values={{ q, category, difficulty, status }}
      submit={{ label: "Filter", className: "col-6 col-md-1 d-flex gap-2" }}
    >
      <Field
        id="q"
        label="Search by title"
        wrapperClassName="col-12 col-md-4"
        name="q"
        type="search"
        defaultValue={q ?? ""}
        maxLength={100}
        placeholder="e.g. two sum"
      />
      <SelectField
        id="category"
        label="Category"
        wrapperClassName="col-6 col-md-3"
        name="category"
        defaultValue={category ?? ""}
        options={CATEGORY_LABELS}
        emptyOption="All categories"
      />
      <SelectField
        id="difficulty"
        label="Difficulty"
        wrapperClassName="col-6 col-md-2"
        name="difficulty"
        defaultValue={difficulty ?? ""}
        options={DIFFICULTY_LABELS}
        emptyOption="Any"
      />
      <SelectField
        id="status"
        label="Status"
        wrapperClassName="col-6 col-md-2"
        name="status"
        defaultValue={status ?? ""}
        options={STATUS_FILTER_LABELS}
        emptyOption="Any"
      />
    </FilterForm>
  );
}
