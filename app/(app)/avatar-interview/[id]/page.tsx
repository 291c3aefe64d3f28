import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getAvatarSession } from "@/lib/avatar-interview/queries";
import { getAnalysis } from "@/lib/avatar-interview/analysis/queries";
import { retryAvatarEvaluation } from "@/lib/avatar-interview/actions";
import { LEVEL_LABELS } from "@/lib/ai-interview/schema";
import { configuredAvatarProvider } from "@/lib/avatar/provider";
import { RetryEvaluation } from "@/components/ai-interview/retry-evaluation";
import { InterviewRun } from "@/components/avatar-interview/interview-run";
import { SessionResults } from "@/components/avatar-interview/session-results";

export const metadata: Metadata = { title: "Video interview session" };

export default async function AvatarSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/avatar-interview/${id}`);
  const session = await getAvatarSession(user.id, id);
  if (!session) notFound();

  const remaining = session.answers.filter((a) => a.answerText === null);
  const unscored = session.answers.find((a) => a.answerText !== null && a.score === null);
  const answered = session.answers.length - remaining.length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/avatar-interview">← All video interviews</Link>
      </nav>
      <h1 className="h3 mb-1">
        {session.jobRole}
        {session.company ? ` at ${session.company}` : ""}
      </h1>
      <p className="text-body-secondary mb-3">
        {session.experienceLevel ? `${LEVEL_LABELS[session.experienceLevel]} · ` : ""}
        {session.questionsCount} question{session.questionsCount === 1 ? "" : "s"} · {answered} answered
      </p>
      {unscored ? (
        <RetryEvaluation sessionId={session.id} answerId={unscored.id} retry={retryAvatarEvaluation} />
      ) : null}
      {remaining.length > 0 ? (
        <InterviewRun
          sessionId={session.id}
          questions={remaining.map(({ id: answerId, position, questionText, questionType }) => ({
            id: answerId,
            position,
            questionText,
            questionType,
          }))}
          total={session.questionsCount}
          didEnabled={configuredAvatarProvider() === "did"}
          canRecord={session.recordingStatus === "none"}
        />
      ) : (
        <SessionResults session={session} analysis={await getAnalysis(user.id, session.id)} />
      )}
    </>
  );
}
