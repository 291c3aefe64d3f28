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
import { getReviewsForOwner } from "@/lib/sharing/queries";
import { SessionReviews } from "@/components/sharing/session-reviews";

export const metadata: Metadata = { title: "Video interview session" };

export default async function AvatarSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/avatar-interview/${id}`);
  const session = await getAvatarSession(user.id, id);
  if (!session) notFound();

  const remaining = session.answers.filter((a) => a.answerText === null);
  const unscored = session.answers.find((a) => a.answerText !== null && a.score === null);
  const answered = session.answers.length - remaining.length;
  // Results (analysis and instructors' reviews) only once every question is answered.
  const results =
    remaining.length === 0
      ? await Promise.all([getAnalysis(user.id, session.id), getReviewsForOwner(user.id, { scope: "avatar_session", id: session.id })])
      : null;

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
      ) : results ? (
        <>
          <div className="mb-3">
            <Link href={`/sharing?scope=avatar_session&session=${session.id}`} className="btn btn-outline-secondary btn-sm">
              Share<span className="visually-hidden"> this session</span>
            </Link>
          </div>
          <SessionReviews data={results[1]} moments="video" />
          <SessionResults session={session} analysis={results[0]} />
        </>
      ) : null}
    </>
  );
}
