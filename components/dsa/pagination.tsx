import Link from "next/link";
import type { CatalogueFilter } from "@/lib/dsa/schema";

function pageHref(filter: CatalogueFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.category) params.set("category", filter.category);
  if (filter.difficulty) params.set("difficulty", filter.difficulty);
  if (filter.status) params.set("status", filter.status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/dsa/problems?${query}` : "/dsa/problems";
}

/** Previous/next links that keep the filters. */
export function Pagination({ filter, page, pageCount }: { filter: CatalogueFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Catalogue pages" className="d-flex flex-wrap align-items-center gap-3">
      {page > 1 ? (
        <Link href={pageHref(filter, page - 1)} className="btn btn-outline-secondary btn-sm" rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="btn btn-outline-secondary btn-sm disabled" aria-disabled="true">
          ← Previous
        </span>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageHref(filter, page + 1)} className="btn btn-outline-secondary btn-sm" rel="next">
          Next →
        </Link>
      ) : (
        <span className="btn btn-outline-secondary btn-sm disabled" aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
