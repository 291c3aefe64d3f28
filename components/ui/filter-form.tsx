import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";

/** The filters as the URL holds them: a missing or empty value is no filter. */
export type FilterValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Whether any filter is set, so "Clear filters" has something to clear. */
export function hasFilters(values: FilterValues): boolean {
  return Object.values(values).some((value) => (typeof value === "string" ? value !== "" : (value?.length ?? 0) > 0));
}

/**
 * A key that changes with the URL's filters. Client navigation (Clear filters, back) re-renders a
 * list page without remounting it, and uncontrolled fields would keep their old values; keyed by
 * the URL, the form starts again from what the URL says.
 */
export function filterKey(values: FilterValues): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${typeof value === "string" ? value : (value ?? []).join(",")}`)
    .join("&");
}

type Props = {
  /** The list page the filters apply to; "Clear filters" goes back to it bare. */
  action: string;
  /** The search landmark's name. */
  label: string;
  values: FilterValues;
  /**
   * The submit button's text and grid column, followed by "Clear filters" while a filter is set.
   * Without it the children hold their own buttons (a layout with presets).
   */
  submit?: { label: string; className: string };
  className?: string;
  /** For fields whose errors come back from the server instead of the browser's checks. */
  noValidate?: boolean;
  children: ReactNode;
};

/**
 * The one way a list page is filtered: a GET form, so the filters live in the URL (shared,
 * bookmarked, reloaded) and work without JavaScript; with it, next/form navigates on the client.
 */
export function FilterForm({
  action,
  label,
  values,
  submit,
  className = "row g-2 align-items-end mb-3",
  noValidate,
  children,
}: Props) {
  return (
    <Form
      key={filterKey(values)}
      action={action}
      role="search"
      aria-label={label}
      className={className}
      noValidate={noValidate}
    >
      {children}
      {submit ? (
        <>
          <div className={submit.className}>
            <button type="submit" className="btn btn-primary w-100">
              {submit.label}
            </button>
          </div>
          {hasFilters(values) ? (
            <div className="col-12">
              <Link href={action} className="small">
                Clear filters
              </Link>
            </div>
          ) : null}
        </>
      ) : null}
    </Form>
  );
}
