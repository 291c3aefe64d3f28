import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/interview-session/queries";
import { hasActiveResume } from "@/lib/interview-session/sources";
import { listCompanyProfiles } from "@/lib/companies/queries";
import { configuredSource } from "@/lib/ai";
import { LevelSchema } from "@/lib/questions/schema";
import { InterviewFormatSchema } from "@/lib/ai/schema";
import { SetupForm } from "@/components/ai-interview/setup-form";
import { HistoryList } from "@/components/interview-session/history-list";

export const metadata: Metadata = { title: "AI mock interview" };

type Search = Promise<{ role?: string; level?: string; company?: string; format?: string }>;

export default async function AiInterviewPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/ai-interview");
  const params = await searchParams;
  const [companies, sessions, hasResume] = await Promise.all([listCompanyProfiles(), listSessions(user.id, "text"), hasActiveResume(user.id)]);
  // Links from elsewhere (an upcoming interview's prep plan) pre-fill the form.
  const defaults = {
    ...(params.role ? { role: params.role.slice(0, 100) } : {}),
    ...(LevelSchema.safeParse(params.level).success ? { level: LevelSchema.parse(params.level) } : {}),
    ...(params.company && companies.some((c) => c.slug === params.company) ? { company: params.company } : {}),
    ...(InterviewFormatSchema.safeParse(params.format).success ? { format: InterviewFormatSchema.parse(params.format) } : {}),
  };
  return (
    <>
      <h1 className="h2 mb-1">AI mock interview</h1>
      <p className="text-body-secondary mb-4">Answer one question at a time, typed or spoken, and get a score with the reasons behind it.</p>
      <div className="card mb-5">
        <div className="card-body">
          <SetupForm hasResume={hasResume} companies={companies} defaults={defaults} engine={configuredSource()} />
        </div>
      </div>
      <h2 className="h4 mb-3">Your sessions</h2>
      <HistoryList kind="text" sessions={sessions} />
    </>
  );
}
