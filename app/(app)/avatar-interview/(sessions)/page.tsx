import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/interview-session/queries";
import { hasActiveResume } from "@/lib/interview-session/sources";
import { startAvatarInterview } from "@/lib/interview-session/actions";
import { listCompanyProfiles } from "@/lib/companies/queries";
import { configuredSource } from "@/lib/ai";
import { configuredAvatarProvider } from "@/lib/avatar/provider";
import { SetupForm } from "@/components/ai-interview/setup-form";
import { HistoryList } from "@/components/interview-session/history-list";

export const metadata: Metadata = { title: "Video interview" };

export default async function AvatarInterviewPage() {
  const user = await requireUser("/avatar-interview");
  const [companies, sessions, hasResume] = await Promise.all([listCompanyProfiles(), listSessions(user.id, "avatar"), hasActiveResume(user.id)]);
  return (
    <>
      <h1 className="h2 mb-1">Video interview</h1>
      <p className="text-body-secondary mb-1">
        An interviewer avatar asks each question aloud; you answer on camera (or by typing) and get a score and feedback
        per question.
      </p>
      <p className="small text-body-secondary mb-4" data-testid="avatar-engine">
        {configuredAvatarProvider() === "did"
          ? "The interviewer is a D-ID talking-head video; if D-ID fails, the in-browser avatar asks instead and the page says so."
          : "The interviewer is an in-browser avatar using your browser's speech synthesis (no video service configured; works offline)."}
      </p>
      <div className="card mb-5">
        <div className="card-body">
          <SetupForm
            companies={companies}
            hasResume={hasResume}
            engine={configuredSource()}
            start={startAvatarInterview}
            withFormat={false}
            label="Set up a video interview"
          />
        </div>
      </div>
      <h2 className="h4 mb-3">Your video interviews</h2>
      <HistoryList kind="avatar" sessions={sessions} />
    </>
  );
}
