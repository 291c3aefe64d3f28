import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getInterview } from "@/lib/interviews/queries";
import { listCompanyProfiles } from "@/lib/companies/queries";
import { InterviewForm } from "@/components/interviews/interview-form";

export const metadata: Metadata = { title: "Edit interview" };

export default async function EditInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}/edit`);
  const [interview, companies, current] = await Promise.all([getInterview(user.id, id), listCompanyProfiles(), now()]);
  if (!interview) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href={`/interviews/${interview.id}`}>← Back to the interview</Link>
      </nav>
      <h1 className="h3 mb-4 text-break">
        Edit {interview.position} at {interview.company}
      </h1>
      <div className="card">
        <div className="card-body">
          <InterviewForm
            companies={companies}
            nowIso={current.toISOString()}
            initial={{
              id: interview.id,
              company: interview.company,
              position: interview.position,
              level: interview.level,
              dateIso: interview.date.toISOString(),
              status: interview.status,
              performance: interview.performance,
              notes: interview.notes,
            }}
          />
        </div>
      </div>
    </>
  );
}
