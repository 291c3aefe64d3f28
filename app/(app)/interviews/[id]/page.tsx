import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getInterview } from "@/lib/interviews/queries";
import { isPastUpcoming } from "@/lib/interviews/schema";
import { LEVEL_LABELS } from "@/lib/interview-session/schema";
import { AskedQuestions } from "@/components/interviews/asked-questions";
import { Countdown } from "@/components/interviews/countdown";
import { DeleteInterviewButton } from "@/components/interviews/delete-buttons";
import { LocalTime } from "@/components/interviews/local-time";
import { PastDateWarning } from "@/components/interviews/past-date-warning";
import { PrepPlan } from "@/components/interviews/prep-plan";
import { QuestionForm } from "@/components/interviews/question-form";
import { StatusBadge } from "@/components/interviews/status-badge";
import { DetailList } from "@/components/ui/detail-list";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}`);
  const [interview, current] = await Promise.all([getInterview(user.id, id), now()]);
  if (!interview) notFound();

  const name = `${interview.position} at ${interview.company}`;
  const past = isPastUpcoming(interview, current);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/interviews">← All interviews</Link>
      </nav>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <div className="text-break">
          <h1 className="h3 mb-1">{name}</h1>
          <div className="d-flex flex-wrap align-items-center gap-2">
            <StatusBadge status={interview.status} />
            {interview.status === "upcoming" && !past ? (
              <Countdown targetIso={interview.date.toISOString()} nowIso={current.toISOString()} />
            ) : null}
          </div>
        </div>
        <div className="d-flex flex-wrap gap-2">
          <Link href={`/interviews/${interview.id}/edit`} className="btn btn-outline-primary btn-sm">
            Edit
          </Link>
          <DeleteInterviewButton id={interview.id} name={name} then="/interviews" />
        </div>
      </div>
      {past ? <PastDateWarning /> : null}

      <DetailList
        items={[
          { term: "When", detail: <LocalTime iso={interview.date.toISOString()} /> },
          { term: "Level", detail: interview.level ? LEVEL_LABELS[interview.level] : "Not specified" },
          {
            term: "Performance",
            detail: interview.performance !== null ? `${interview.performance}/5` : "Not rated",
            testId: "performance",
          },
          {
            term: "Notes",
            detail: interview.notes ?? <span className="text-body-secondary">None</span>,
            className: "text-break",
            style: { whiteSpace: "pre-wrap" },
          },
        ]}
      />

      {interview.status === "upcoming" ? (
        <div className="mb-4">
          <PrepPlan interview={interview} headingLevel={2} />
        </div>
      ) : null}

      <section aria-labelledby="asked-heading" className="mb-4">
        <h2 id="asked-heading" className="h4">
          Questions you were asked
        </h2>
        <p className="small text-body-secondary">
          They join <Link href="/interviews/questions">your question list</Link>, where you can practise them in a mock
          interview.
        </p>
        <AskedQuestions questions={interview.askedQuestions} />
        <div className="card">
          <div className="card-body">
            <QuestionForm interviewId={interview.id} />
          </div>
        </div>
      </section>
    </>
  );
}
