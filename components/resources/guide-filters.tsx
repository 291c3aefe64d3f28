import Form from "next/form";
import Link from "next/link";
import { GUIDE_LEVELS, GUIDE_TOPICS, LEVEL_LABELS, TOPIC_LABELS, type GuideFilter } from "@/lib/resources/schema";

/** A GET form: the search and filters live in the URL, so they can be shared, bookmarked and work without JavaScript. */
export function GuideFilters({ filter }: { filter: GuideFilter }) {
  const active = Boolean(filter.q || filter.topic || filter.level);
  // Client navigation (Clear filters, back) re-renders without remounting, and
  // uncontrolled fields keep their old values; a key from the URL resets them.
  const key = [filter.q, filter.topic, filter.level].join("|");
  return (
    <Form key={key} action="/resources" role="search" aria-label="Find guides" className="row g-2 align-items-end mb-3">
      <div className="col-12 col-md-5">
        <label htmlFor="guide-q" className="form-label">
          Search guides
        </label>
        <input
          id="guide-q"
          name="q"
          type="search"
          className="form-control"
          defaultValue={filter.q ?? ""}
          maxLength={100}
          placeholder="e.g. STAR, caching, salary"
        />
      </div>
      <div className="col-6 col-md-3">
        <label htmlFor="guide-topic" className="form-label">
          Topic
        </label>
        <select id="guide-topic" name="topic" className="form-select" defaultValue={filter.topic ?? ""}>
          <option value="">All topics</option>
          {GUIDE_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {TOPIC_LABELS[topic]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-6 col-md-2">
        <label htmlFor="guide-level" className="form-label">
          Level
        </label>
        <select id="guide-level" name="level" className="form-select" defaultValue={filter.level ?? ""}>
          <option value="">Any level</option>
          {GUIDE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
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
