import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { CATALOGUE_PAGE_SIZE, listProblems } from "@/lib/dsa/queries";
import { CatalogueFilterSchema } from "@/lib/dsa/schema";
import { DsaTabs } from "@/components/dsa/dsa-tabs";
import { CatalogueFilters } from "@/components/dsa/catalogue-filters";
import { ProblemList } from "@/components/dsa/problem-list";
import { Pagination } from "@/components/dsa/pagination";

export const metadata: Metadata = { title: "DSA problem catalogue" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function CataloguePage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/dsa/problems");
  const filter = CatalogueFilterSchema.parse(await searchParams);
  const at = await now();
  const { problems, total, page, pageCount } = await listProblems(user.id, filter, at);
  const first = (page - 1) * CATALOGUE_PAGE_SIZE + 1;

  return (
    <>
      <DsaTabs active="catalogue" />
      <CatalogueFilters filter={filter} />
      <p className="small text-body-secondary" data-testid="result-count">
        {total === 0 ? "No problems" : `Showing ${first}–${first + problems.length - 1} of ${total} ${total === 1 ? "problem" : "problems"}`}
      </p>
      <ProblemList problems={problems} at={at} />
      <Pagination filter={{ ...filter, page }} page={page} pageCount={pageCount} />
    </>
  );
}
