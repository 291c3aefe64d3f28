import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getResume } from "@/lib/resume/queries";
import { aiReviewAvailable } from "@/lib/resume/ai-review";
import { ScoreCard } from "@/components/resume/score-card";
import { KeywordMatch } from "@/components/resume/keyword-match";
import { SuggestionList } from "@/components/resume/suggestion-list";
import { StructureChecks } from "@/components/resume/structure-checks";
import { AiReviewCard } from "@/components/resume/ai-review-card";
import { RematchForm } from "@/components/resume/rematch-form";
import { VersionActions } from "@/components/resume/version-actions";
import { formatBytes } from "@/lib/resume/format";
import { SectionCard } from "@/components/ui/section-card";

export const metadata: Metadata = { title: "Resume version" };

export default async function ResumeVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/resume/${id}`);
  const resume = await getResume(user.id, id);
  if (!resume) notFound();
  const { analysis } = resume;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/resume">← All versions</Link>
      </nav>
      <h1 className="h3 mb-1 text-break">
        Version {resume.version}: {resume.originalFilename ?? "resume"}
        {resume.isActive ? <span className="badge text-bg-success fs-6 align-middle ms-2">Active</span> : null}
      </h1>
      <p className="text-body-secondary mb-3">
        Uploaded {resume.uploadedAt.toLocaleDateString("en", { dateStyle: "long" })} · {resume.fileType?.toUpperCase()}{" "}
        · {formatBytes(resume.fileSize)}
      </p>
      <div className="mb-4">
        <VersionActions
          id={resume.id}
          version={resume.version}
          filename={resume.filename}
          originalFilename={resume.originalFilename}
          isActive={resume.isActive}
          afterDelete="/resume"
        />
      </div>

      {analysis ? (
        <div className="d-grid gap-4">
          <div className="row g-3">
            <div className="col-lg-5">
              <ScoreCard score={analysis.score} />
            </div>
            <div className="col-lg-7">
              <KeywordMatch match={analysis.match} />
            </div>
          </div>
          <SuggestionList suggestions={analysis.suggestions} />
          <StructureChecks analysis={analysis} />
          <AiReviewCard analysis={analysis} aiAvailable={aiReviewAvailable()} />
        </div>
      ) : (
        <p className="alert alert-warning">
          The analysis of this version cannot be shown. Match it against a job description below to analyse it again.
        </p>
      )}

      <SectionCard headingId="rematch-heading" title="Match against another job description" className="mt-4">
        {resume.jobDescription ? (
          <details className="mb-3">
            <summary>Job description used now</summary>
            <p className="small text-body-secondary mt-2 mb-0" style={{ whiteSpace: "pre-wrap" }}>
              {resume.jobDescription}
            </p>
          </details>
        ) : null}
        <RematchForm id={resume.id} version={resume.version} />
      </SectionCard>
    </>
  );
}
