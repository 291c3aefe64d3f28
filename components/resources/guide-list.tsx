import Link from "next/link";
import type { GuideCard } from "@/lib/resources/queries";
import { levelLabel, topicLabel, type GuideFilter } from "@/lib/resources/schema";
import { GuideBadges } from "@/components/resources/guide-badges";

/** " in Behavioural at Beginner level": the active filters, in words. */
function scopeOf(filter: GuideFilter): string {
  return [filter.topic ? ` in ${topicLabel(filter.topic)}` : "", filter.level ? ` at ${levelLabel(filter.level)} level` : ""].join("");
}

export function ResultCount({ count, filter }: { count: number; filter: GuideFilter }) {
  const match = filter.q ? ` ${count === 1 ? "matches" : "match"} “${filter.q}”` : "";
  return (
    <p className="small text-body-secondary" role="status" data-testid="result-count">
      {`${count} ${count === 1 ? "guide" : "guides"}${match}${scopeOf(filter)}`}
    </p>
  );
}

export function GuideList({ guides, filter }: { guides: GuideCard[]; filter: GuideFilter }) {
  if (guides.length === 0) {
    return (
      <div className="border rounded p-4 text-center" data-testid="empty-state">
        <p className="mb-2">{`No guides match ${filter.q ? `“${filter.q}”` : "the filters"}${scopeOf(filter)}.`}</p>
        <p className="small text-body-secondary mb-3">Try fewer or different words, or another topic or level.</p>
        <Link href="/resources" className="btn btn-outline-primary btn-sm">
          Clear filters
        </Link>
      </div>
    );
  }
  return (
    <ul className="list-unstyled row row-cols-1 row-cols-md-2 g-3" aria-label="Guides">
      {guides.map((guide) => (
        <li key={guide.slug} className="col" data-testid="guide-card">
          <article className="card h-100 position-relative">
            <div className="card-body">
              <h2 className="h5 card-title">
                <Link href={`/resources/${guide.slug}`} className="stretched-link text-decoration-none">
                  {guide.title}
                </Link>
              </h2>
              <p className="card-text small mb-2">{guide.summary}</p>
              <GuideBadges topic={guide.topic} level={guide.level} readingMinutes={guide.readingMinutes} />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
