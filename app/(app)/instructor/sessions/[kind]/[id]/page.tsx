import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { canReviewSession, type SessionRef } from "@/lib/sharing/access";
import { getReviewsByInstructor, getSharedSession } from "@/lib/sharing/queries";
import { SharedSession } from "@/components/sharing/shared-session";
import { kindFromSlug } from "@/lib/interview-session/schema";
import { SessionReviews } from "@/components/sharing/session-reviews";
import { ReviewForm } from "@/components/instructor/review-form";
import { CommentForm } from "@/components/instructor/comment-form";
import { RecordingPlayer } from "@/components/avatar-interview/recorder/recording-player";
import { recordingSrc } from "@/lib/interview-session/avatar/recording/urls";
import { RecordingSeekProvider } from "@/components/avatar-interview/recorder/recording-seek";
import { AnalysisTimeline } from "@/components/avatar-interview/analysis/analysis-timeline";
import { getAnalysis } from "@/lib/interview-session/avatar/analysis/queries";

export const metadata: Metadata = { title: "Review a session" };

export default async function ReviewSessionPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const user = await requireUser(`/instructor/sessions/${kind}/${id}`);
  const sessionKind = kindFromSlug(kind);
  if (!sessionKind) notFound();
  const ref: SessionRef = { id, kind: sessionKind };
  const access = await canReviewSession(user, ref);
  if (!access) notFound();

  const [session, mine] = await Promise.all([
    getSharedSession(access.studentId, sessionKind, id),
    getReviewsByInstructor(user.id, access.studentId, ref),
  ]);
  if (!session) notFound();
  // The recording's own check (recordingFor) lets this instructor read the camera analysis of a session shared with them.
  const analysis = session.kind === "avatar" ? await getAnalysis(user.id, session.id) : null;
  const answers = session.answers
    .filter((a) => a.answerText !== null)
    .map(({ id, position, questionText }) => ({ id, position, questionText }));
  const review = mine.reviews[0];

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        {/* A student reached through a cohort alone has no page among "your students": go back to the cohorts. */}
        {access.via === "share" ? (
          <Link href={`/instructor/students/${access.studentId}`}>← This student</Link>
        ) : (
          <Link href="/instructor/cohorts">← Your cohorts</Link>
        )}
      </nav>
      <p className="badge text-bg-secondary mb-2">
        {access.via === "share" ? "Read-only · shared with you" : "Read-only · run from a set you assigned"}
      </p>
      {/* Your comments' moments and the answers' starts seek the player. */}
      <RecordingSeekProvider>
        <SharedSession
          session={session}
          recording={
            session.kind === "avatar" ? (
              <div className="mb-4">
                <RecordingPlayer src={recordingSrc(session.id)} caption="The student's interview recording" />
                {analysis ? (
                  <AnalysisTimeline
                    samples={analysis.samples}
                    answers={session.answers.flatMap((a) =>
                      a.recordingOffsetMs === null
                        ? []
                        : [{ position: a.position, recordingOffsetMs: a.recordingOffsetMs }],
                    )}
                  />
                ) : null}
              </div>
            ) : undefined
          }
        />
        <hr className="my-4" />
        <SessionReviews
          data={mine}
          moments={session.kind === "avatar" ? "video" : "answer"}
          deletable
          emptyText="You have not reviewed this session yet."
        />
        <ReviewForm sessionId={id} initial={review ? { rubric: review.rubric, summary: review.summary } : null} />
        <CommentForm kind={session.kind} sessionId={id} answers={answers} />
      </RecordingSeekProvider>
    </>
  );
}
