import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listCompanyProfiles } from "@/lib/companies/queries";
import { InterviewForm } from "@/components/interviews/interview-form";

export const metadata: Metadata = { title: "Add an interview" };

export default async function NewInterviewPage() {
  await requireUser("/interviews/new");
  const [companies, current] = await Promise.all([listCompanyProfiles(), now()]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/interviews">← All interviews</Link>
      </nav>
      <h1 className="h3 mb-4">Add an interview</h1>
      <div className="card">
        <div className="card-body">
          <InterviewForm companies={companies} nowIso={current.toISOString()} />
        </div>
      </div>
    </>
  );
}
