import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listResumes } from "@/lib/resume/queries";
import { aiReviewAvailable } from "@/lib/resume/ai-review";
import { UploadForm } from "@/components/resume/upload-form";
import { HistoryList } from "@/components/resume/history-list";

export const metadata: Metadata = { title: "Resume analysis" };

export default async function ResumePage() {
  const user = await requireUser("/resume");
  const versions = await listResumes(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Resume analysis</h1>
      <p className="text-body-secondary mb-4">
        Upload your resume to check its sections, wording and formatting, and paste a job description to see which of its keywords you cover.
      </p>
      <div className="card mb-5">
        <div className="card-body">
          <UploadForm aiAvailable={aiReviewAvailable()} />
        </div>
      </div>
      <h2 className="h4 mb-3">Your versions</h2>
      <HistoryList versions={versions} />
    </>
  );
}
