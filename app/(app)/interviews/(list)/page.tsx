import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listInterviews } from "@/lib/interviews/queries";
import { ListParamsSchema, STATUS_LABELS, listHref } from "@/lib/interviews/schema";
import { InterviewList } from "@/components/interviews/interview-list";
import { ListControls } from "@/components/interviews/list-controls";
import { Pagination } from "@/components/interviews/pagination";

export const metadata: Metadata = { title: "Interviews" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function InterviewsPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/interviews");
  const params = ListParamsSchema.parse(await searchParams);
  const [list, current] = await Promise.all([listInterviews(user.id, params), now()]);
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.items.length - 1;

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-1">
        <h1 className="h2 mb-0">Interviews</h1>
        <div className="d-flex flex-wrap gap-2">
          <Link href="/interviews/questions" className="btn btn-outline-secondary">
            Your questions
          </Link>
          <Link href="/interviews/new" className="btn btn-primary">
            Add interview
          </Link>
        </div>
      </div>
      <p className="text-body-secondary mb-4">
        Track your real interviews, prepare for the next one and learn from the last.
      </p>

      {list.total === 0 && !params.status ? (
        <div className="card">
          <div className="card-body">
            <h2 className="h5">No interviews yet</h2>
            <p className="mb-3">Add an interview you have coming up to get a countdown and a prep plan for it.</p>
            <Link href="/interviews/new" className="btn btn-primary">
              Add your first interview
            </Link>
          </div>
        </div>
      ) : (
        <>
          <ListControls params={params} />
          <h2 className="visually-hidden">Results</h2>
          {list.total === 0 ? (
            <p className="text-body-secondary">
              No interviews with the status {params.status ? STATUS_LABELS[params.status] : ""}.{" "}
              <Link href={listHref({ sort: params.sort })}>Show all interviews</Link>
            </p>
          ) : (
            <>
              <p className="small text-body-secondary" aria-live="polite">
                Showing {first}–{last} of {list.total} interview{list.total === 1 ? "" : "s"}
                {params.status ? ` with the status ${STATUS_LABELS[params.status]}` : ""}
              </p>
              <InterviewList items={list.items} now={current} />
              <Pagination params={params} page={list.page} pageCount={list.pageCount} />
            </>
          )}
        </>
      )}
    </>
  );
}
