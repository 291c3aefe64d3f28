import type { ReactNode } from "react";

/**
 * A card that is a page section: a region named by its heading, so screen-reader users can
 * jump between cards. `className` adds to "card" (h-100 in a row of cards).
 */
export function SectionCard({
  headingId,
  title,
  className,
  children,
}: {
  headingId: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `card ${className}` : "card"} aria-labelledby={headingId}>
      <div className="card-body">
        <h2 id={headingId} className="h5">
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
