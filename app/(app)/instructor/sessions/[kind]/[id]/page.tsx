import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { canReviewSession, type SessionRef } from "@/lib/sharing/access";
import { getReviewsByInstructor, getSharedAiSession, getSharedAvatarSession } from "@/lib/sharing/queries";
import { SharedAiSession } from "@/components/sharing/shared-ai-session";
import { SharedAvatarSession } from "@/components/sharing/shared-avatar-session";
import { SessionReviews } from "@/components/sharing/session-reviews";
import { ReviewForm } from "@/components/instructor/review-form";
import { CommentForm } from "@/components/instructor/comment-form";
import { RecordingPlayer } from "@/components/avatar-interview/recorder/recording-player";
import { AnalysisTimeline } from "@/components/avatar-interview/analysis/analysis-timeline";
import { getAnalysis } from "@/lib/avatar-interview/analysis/queries";

export const metadata: Metadata = { title: "Review a session" };

const KINDS = { ai: "ai_session", avatar: "avatar_session" } as const;

export default async function ReviewSessionPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const user = await requireUser(`/instructor/sessions/${kind}/${id}`);
  const scope = KINDS[kind as keyof typeof KINDS];
  if (!scope) notFound();
  const ref: SessionRef = { scope, id };
  const access = await canReviewSession(user, ref);
  if (!access) notFound();

  const [ai, avatar, mine] = await Promise.all([
    scope === "ai_session" ? getSharedAiSession(access.studentId, id) : null,
    scope === "avatar_session" ? getSharedAvatarSession(access.studentId, id) : null,
    getReviewsByInstructor(user.id, access.studentId, ref),
  ]);
  // The avatar feature's own check (canViewRecording) lets this instructor read the camera analysis of a session shared with them.
  const analysis = avatar ? await getAnalysis(user.id, avatar.id) : null;
  const session = ai ?? avatar;
  if (!session) notFound();
  const answers = session.answers
    .filter((a) => a.answerText !== null)
    .map(({ id, position, questionText }) => ({ id, position, questionText }));
  const review = mine.reviews[0];

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href={`/instructor/students/${access.studentId}`}>← This student</Link>
      </nav>
      <p className="badge text-bg-secondary mb-2">Read-only · shared with you</p>
      {ai ? (
        <SharedAiSession session={ai} />
      ) : avatar ? (
        <SharedAvatarSession
          session={avatar}
          recording={
            <div className="mb-4">
              <RecordingPlayer sessionId={avatar.id} />
              {analysis ? (
                <AnalysisTimeline
                  samples={analysis.samples}
                  answers={avatar.answers.flatMap((a) =>
                    a.recordingOffsetMs === null
                      ? []
                      : [{ position: a.position, recordingOffsetMs: a.recordingOffsetMs }],
                  )}
                />
              ) : null}
            </div>
          }
        />
      ) : null}
      <hr className="my-4" />
      <SessionReviews
        data={mine}
        moments={scope === "avatar_session" ? "video" : "answer"}
        deletable
        emptyText="You have not reviewed this session yet."
      />
      <ReviewForm
        scope={scope}
        sessionId={id}
        initial={review ? { rubric: review.rubric, summary: review.summary } : null}
      />
      <CommentForm scope={scope} sessionId={id} answers={answers} />
    </>
  );
}
