import Link from "next/link";
import type { GuideCard } from "@/lib/resources/queries";
import { topicLabel } from "@/lib/resources/schema";
import { GuideBadges } from "@/components/resources/guide-badges";

export function RelatedGuides({ topic, guides }: { topic: string; guides: GuideCard[] }) {
  return (
    <section aria-labelledby="related-heading" className="border-top pt-4 mt-5">
      <h2 id="related-heading" className="h5 mb-3">
        Related guides
      </h2>
      {guides.length === 0 ? (
        <p className="small mb-0">
          This is our only {topicLabel(topic).toLowerCase()} guide so far. <Link href="/resources">Browse all guides</Link>
        </p>
      ) : (
        <ul className="list-unstyled row row-cols-1 row-cols-md-3 g-3 mb-0" aria-label={`More ${topicLabel(topic).toLowerCase()} guides`}>
          {guides.map((guide) => (
            <li key={guide.slug} className="col">
              <div className="card h-100 position-relative">
                <div className="card-body">
                  <Link href={`/resources/${guide.slug}`} className="stretched-link d-block fw-semibold mb-2">
                    {guide.title}
                  </Link>
                  <GuideBadges topic={guide.topic} level={guide.level} readingMinutes={guide.readingMinutes} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
