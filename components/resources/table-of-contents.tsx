import type { TocEntry } from "@/lib/resources/markdown";

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="border rounded p-3 mb-4">
      <h2 id="toc-heading" className="h6 text-uppercase text-body-secondary mb-2">
        On this page
      </h2>
      <ol className="list-unstyled mb-0 small">
        {entries.map((entry) => (
          <li key={entry.id} className="py-1">
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
