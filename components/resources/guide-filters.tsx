import Form from "next/form";
import Link from "next/link";
import { Field, SelectField } from "@/components/ui/field";
import { GUIDE_LEVELS, GUIDE_TOPICS, LEVEL_LABELS, TOPIC_LABELS, type GuideFilter } from "@/lib/resources/schema";

/** A GET form: the search and filters live in the URL, so they can be shared, bookmarked and work without JavaScript. */
export function GuideFilters({ filter }: { filter: GuideFilter }) {
  const active = Boolean(filter.q || filter.topic || filter.level);
  // Client navigation (Clear filters, back) re-renders without remounting, and
  // uncontrolled fields keep their old values; a key from the URL resets them.
  const key = [filter.q, filter.topic, filter.level].join("|");
  return (
    <Form key={key} action="/resources" role="search" aria-label="Find guides" className="row g-2 align-items-end mb-3">
      <Field
        id="guide-q"
        label="Search guides"
        wrapperClassName="col-12 col-md-5"
        name="q"
        type="search"
        defaultValue={filter.q ?? ""}
        maxLength={100}
        placeholder="e.g. STAR, caching, salary"
      />
      <SelectField
        id="guide-topic"
        label="Topic"
        wrapperClassName="col-6 col-md-3"
        name="topic"
        defaultValue={filter.topic ?? ""}
      >
        <option value="">All topics</option>
        {GUIDE_TOPICS.map((topic) => (
          <option key={topic} value={topic}>
            {TOPIC_LABELS[topic]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="guide-level"
        label="Level"
        wrapperClassName="col-6 col-md-2"
        name="level"
        defaultValue={filter.level ?? ""}
      >
        <option value="">Any level</option>
        {GUIDE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {LEVEL_LABELS[level]}
          </option>
        ))}
      </SelectField>
      <div className="col-12 col-md-2">
        <button type="submit" className="btn btn-primary w-100">
          Search
        </button>
      </div>
      {active ? (
        <div className="col-12">
          <Link href="/resources" className="small">
            Clear filters
          </Link>
        </div>
      ) : null}
    </Form>
  );
}
