"use client";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import {
  listHref,
  SORT_LABELS,
  SORTS,
  STATUS_LABELS,
  StatusSchema,
  type InterviewSort,
  type ListParams,
} from "@/lib/interviews/schema";
import { SelectField } from "@/components/ui/field";

const sortOf = (value: unknown): InterviewSort => SORTS.find((sort) => sort === value) ?? "date-desc";

/**
 * Filter and sort, kept in the URL so a reload or a shared link shows the same
 * list. A plain GET form without JavaScript; with it, a change applies at once.
 * The selects follow the URL (back button, "show all" link) and show a choice
 * optimistically while its page loads; nothing remounts, so focus stays put.
 */
export function ListControls({ params }: { params: ListParams }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(params);

  function apply(next: Pick<ListParams, "status" | "sort">) {
    // A new filter or order starts again at page 1.
    startTransition(() => {
      setShown({ ...next, page: 1 });
      router.push(listHref(next), { scroll: false });
    });
  }

  return (
    <form
      method="get"
      action="/interviews"
      className="row g-2 align-items-end mb-3"
      aria-label="Filter and sort interviews"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        apply({ status: StatusSchema.safeParse(data.get("status")).data, sort: sortOf(data.get("sort")) });
      }}
    >
      <SelectField
        id="filter-status"
        label="Status"
        wrapperClassName="col-6 col-md-3"
        labelClassName="form-label small mb-1"
        className="form-select-sm"
        name="status"
        value={shown.status ?? ""}
        onChange={(event) => apply({ status: StatusSchema.safeParse(event.target.value).data, sort: shown.sort })}
        options={STATUS_LABELS}
        emptyOption="All statuses"
      />
      <SelectField
        id="filter-sort"
        label="Sort by"
        wrapperClassName="col-6 col-md-3"
        labelClassName="form-label small mb-1"
        className="form-select-sm"
        name="sort"
        value={shown.sort}
        onChange={(event) => apply({ status: shown.status, sort: sortOf(event.target.value) })}
        options={SORT_LABELS}
      />
      <div className="col-auto">
        <button type="submit" className="btn btn-sm btn-outline-secondary" disabled={pending}>
          {pending ? "Applying…" : "Apply"}
        </button>
      </div>
    </form>
  );
}
