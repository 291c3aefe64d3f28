import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { searchGuides } from "@/lib/resources/queries";
import { GuideFilterSchema } from "@/lib/resources/schema";
import { GuideFilters } from "@/components/resources/guide-filters";
import { GuideList, ResultCount } from "@/components/resources/guide-list";

export const metadata: Metadata = { title: "Learning resources" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ResourcesPage({ searchParams }: { searchParams: Search }) {
  await requireUser("/resources");
  const filter = GuideFilterSchema.parse(await searchParams);
  const guides = await searchGuides(filter);
  return (
    <>
      <h1 className="h2 mb-1">Learning resources</h1>
      <p className="text-body-secondary mb-4">
        Guides on interview techniques, behavioural answers, system design, algorithms and negotiation. Read them here or
        download them as PDF.
      </p>
      <GuideFilters filter={filter} />
      <ResultCount count={guides.length} filter={filter} />
      <GuideList guides={guides} filter={filter} />
    </>
  );
}
