import Link from "next/link";
import { listHref, type ListParams } from "@/lib/interviews/schema";
import { pageWindow } from "@/lib/interviews/page-window";

export function Pagination({ params, page, pageCount }: { params: ListParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => listHref({ ...params, page: n });
  return (
    <nav aria-label="Interview pages">
      <ul className="pagination flex-wrap">
        <li className={`page-item${page === 1 ? " disabled" : ""}`}>
          {page === 1 ? (
            <span className="page-link">Previous</span>
          ) : (
            <Link className="page-link" href={href(page - 1)} rel="prev">
              Previous
            </Link>
          )}
        </li>
        {pageWindow(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="page-item disabled" aria-hidden="true">
              <span className="page-link">…</span>
            </li>
          ) : (
            <li key={n} className={`page-item${n === page ? " active" : ""}`}>
              <Link
                className="page-link"
                href={href(n)}
                aria-current={n === page ? "page" : undefined}
                aria-label={`Page ${n}`}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li className={`page-item${page === pageCount ? " disabled" : ""}`}>
          {page === pageCount ? (
            <span className="page-link">Next</span>
          ) : (
            <Link className="page-link" href={href(page + 1)} rel="next">
              Next
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
