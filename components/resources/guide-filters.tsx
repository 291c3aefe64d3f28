import { Field, SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { LEVEL_LABELS, TOPIC_LABELS, type GuideFilter } from "@/lib/resources/schema";

export function GuideFilters({ filter }: { filter: GuideFilter }) {
  const { q, topic, level } = filter;
  return (
    <FilterForm
      action="/resources"
      label="Find guides"
      values={{ q, topic, level }}
      submit={{ label: "Search", className: "col-12 col-md-2" }}
    >
      <Field
        id="guide-q"
        label="Search guides"
        wrapperClassName="col-12 col-md-5"
        name="q"
        type="search"
        defaultValue={q ?? ""}
        maxLength={100}
        placeholder="e.g. STAR, caching, salary"
      />
      <SelectField
        id="guide-topic"
        label="Topic"
        wrapperClassName="col-6 col-md-3"
        name="topic"
        defaultValue={topic ?? ""}
        options={TOPIC_LABELS}
        emptyOption="All topics"
      />
      <SelectField
        id="guide-level"
        label="Level"
        wrapperClassName="col-6 col-md-2"
        name="level"
        defaultValue={level ?? ""}
        options={LEVEL_LABELS}
        emptyOption="Any level"
      />
    </FilterForm>
  );
}
