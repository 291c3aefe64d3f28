import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getSession } from "@/lib/interview-session/queries";
import { getAnalysis } from "@/lib/interview-session/avatar/analysis/queries";
import { retryAvatarEvaluation } from "@/lib/interview-session/actions";
import { LEVEL_LABELS } from "@/lib/interview-session/schema";
import { configuredAvatarProvider } from "@/lib/avatar/provider";
import { RetryEvaluation } from "@/components/ai-interview/retry-evaluation";
import { InterviewRun } from "@/components/avatar-interview/interview-run";
import { SessionResults } from "@/components/avatar-interview/session-results";
import { getReviewsForOwner } from "@/lib/sharing/queries";
import { SessionReviews } from "@/components/sharing/session-reviews";
import { RecordingSeekProvider } from "@/components/avatar-interview/recorder/recording-seek";

export const metadata: Metadata = { title: "Video interview session" };

export default async function AvatarSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/avatar-interview/${id}`);
  const session = await getSession(user.id, "avatar", id);
  if (!session) notFound();

  const remaining = session.answers.filter((a) => a.answerText === null);
  const unscored = session.answers.find((a) => a.answerText !== null && a.score === null);
  const answered = session.answers.length - remaining.length;
  // Results (analysis and instructors' reviews) only once every question is answered.
  const results =
    remaining.length === 0
      ? await Promise.all([getAnalysis(user.id, session.id), getReviewsForOwner(user.id, { id: session.id })])
      : null;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/avatar-interview">← All video interviews</Link>
      </nav>
      <h1 className="h3 mb-1">
        {session.role}
        {session.company ? ` at ${session.company}` : ""}
      </h1>
      <p className="text-body-secondary mb-3">
        {session.level ? `${LEVEL_LABELS[session.level]} · ` : ""}
        {session.questionsPlanned} question{session.questionsPlanned === 1 ? "" : "s"} · {answered} answered
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
          total={session.questionsPlanned}
          didEnabled={configuredAvatarProvider() === "did"}
          canRecord={(session.recording?.status ?? "none") === "none"}
        />
      ) : results ? (
        // Comments and answer starts above and below the player seek it.
        <RecordingSeekProvider>
          <div className="mb-3">
            <Link href={`/sharing?scope=session&session=${session.id}`} className="btn btn-outline-secondary btn-sm">
              Share<span className="visually-hidden"> this session</span>
            </Link>
          </div>
          <SessionReviews data={results[1]} moments="video" />
          <SessionResults session={session} analysis={results[0]} />
        </RecordingSeekProvider>
      ) : null}
    </>
  );
}
