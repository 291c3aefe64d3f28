import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FilterForm, filterKey, hasFilters, type FilterValues } from "@/components/ui/filter-form";
import { CatalogueFilters } from "@/components/dsa/catalogue-filters";

type FormProps = ComponentProps<typeof FilterForm>;
// createElement's overloads want children among the props; the form's fields are passed as children.
const form = (props: Omit<FormProps, "children">, child: ReactNode) =>
  createElement(FilterForm, props as FormProps, child);

const render = (values: FilterValues, submit = { label: "Filter", className: "col-auto" }) =>
  renderToStaticMarkup(
    form({ action: "/dsa/problems", label: "Filter problems", values, submit }, createElement("input", { name: "q" })),
  );

describe("the filter form", () => {
  it("is a search landmark that sends its fields to the list page by GET", () => {
    const html = render({ q: undefined });
    expect(html).toMatch(/^<form role="search" aria-label="Filter problems"[^>]* action="\/dsa\/problems">/);
    // No method attribute: a form's default, GET, puts the filters in the URL.
    expect(html).not.toContain("method=");
    expect(html).toContain('<button type="submit" class="btn btn-primary w-100">Filter</button>');
  });

  it("offers to clear the filters only while one is set, back to the bare list", () => {
    expect(render({ q: "", category: undefined, types: [] })).not.toContain("Clear filters");
    expect(render({ q: "two sum" })).toContain('<a class="small" href="/dsa/problems">Clear filters</a>');
    expect(render({ types: ["english"] })).toContain("Clear filters");
  });

  it("leaves the buttons to the caller when it has no submit", () => {
    const html = renderToStaticMarkup(
      form({ action: "/analytics", label: "Filter analytics", values: { from: "2032-01-01" } }, "fields"),
    );
    expect(html).not.toContain("<button");
    expect(html).not.toContain("Clear filters");
  });

  it("is keyed by the URL's filters, so the fields start again when they change", () => {
    expect(filterKey({ q: "a", type: ["x", "y"] })).toBe(filterKey({ q: "a", type: ["x", "y"] }));
    expect(filterKey({ q: "a" })).not.toBe(filterKey({ q: undefined }));
    expect(filterKey({ q: "a", category: undefined })).not.toBe(filterKey({ q: undefined, category: "a" }));
    expect(filterKey({ type: ["x"] })).not.toBe(filterKey({ type: ["x", "y"] }));
    expect(hasFilters({ a: undefined, b: "", c: [] })).toBe(false);
  });

  it("shows the URL's filters as the fields' starting values", () => {
    const html = renderToStaticMarkup(
      createElement(CatalogueFilters, {
        filter: { q: "two sum", category: "graphs", difficulty: "hard", status: undefined, page: 1 },
      }),
    );
    expect(html).toContain('value="two sum"');
    expect(html).toMatch(/<option value="graphs" selected="">Graphs<\/option>/);
    expect(html).toMatch(/<option value="hard" selected="">Hard<\/option>/);
    expect(html).toMatch(/<select[^>]*name="status"[^>]*><option value="" selected="">Any<\/option>/);
    expect(html).toContain("Clear filters");
  });
});
