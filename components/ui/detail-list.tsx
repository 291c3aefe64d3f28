import { Fragment, type CSSProperties, type ReactNode } from "react";

export type Detail = {
  term: ReactNode;
  detail: ReactNode;
  /** Added to the detail's column classes. */
  className?: string;
  style?: CSSProperties;
  testId?: string;
};

/**
 * Facts about one thing as a definition list: each term beside its detail in grid columns
 * (stacked on a phone when the columns are `col-sm-*`). Keyed by position: the list is fixed.
 */
export function DetailList({
  items,
  className = "row mb-4",
  termClassName = "col-sm-3",
  detailClassName = "col-sm-9",
  testId,
}: {
  items: Detail[];
  className?: string;
  termClassName?: string;
  detailClassName?: string;
  testId?: string;
}) {
  return (
    <dl className={className} data-testid={testId}>
      {items.map((item, index) => (
        <Fragment key={index}>
          <dt className={termClassName}>{item.term}</dt>
          <dd
            className={item.className ? `${detailClassName} ${item.className}` : detailClassName}
            style={item.style}
            data-testid={item.testId}
          >
            {item.detail}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
