import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getSession } from "@/lib/interview-session/queries";
import { transcriptionEngine } from "@/lib/transcribe";
import { FORMAT_LABELS, LEVEL_LABELS } from "@/lib/interview-session/schema";
import { AnswerForm } from "@/components/ai-interview/answer-form";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";
import { RetryEvaluation } from "@/components/ai-interview/retry-evaluation";
import { SessionSummary } from "@/components/ai-interview/session-summary";
import { SourceBadge } from "@/components/ai-interview/source-badge";
import { getReviewsForOwner } from "@/lib/sharing/queries";
import { SessionReviews } from "@/components/sharing/session-reviews";

export const metadata: Metadata = { title: "Mock interview session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/ai-interview/${id}`);
  const session = await getSession(user.id, "text", id);
  if (!session) notFound();
  const reviews = await getReviewsForOwner(user.id, { id: session.id });

  // Answers come in thread order: a waiting follow-up is asked before the next question.
  const questions = session.answers.filter((a) => a.parentId === null);
  const total = questions.length;
  const answeredQuestions = questions.filter((a) => a.answerText !== null).length;
  const answered = session.answers.filter((a) => a.answerText !== null);
  const unscored = answered.find((a) => a.score === null);
  const current = session.answers.find((a) => a.answerText === null);
  const latest = answered.at(-1);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/ai-interview">← All sessions</Link>
      </nav>
      <h1 className="h3 mb-1">
        {session.role}
        {session.company ? ` at ${session.company}` : ""}
      </h1>
      <p className="text-body-secondary mb-2">
        {session.level ? `${LEVEL_LABELS[session.level]} · ` : ""}
        {FORMAT_LABELS[session.format]} · {total} questions
      </p>
      {session.sessionData?.questionSource ? (
        <p className="small text-body-secondary mb-2">
          Questions drawn from {session.sessionData.questionSource === "job" ? "the job description you pasted" : "your resume"}
          {session.sessionData.documentTerms?.length ? `, which names ${session.sessionData.documentTerms.join(", ")}` : ""}.
        </p>
      ) : null}
      <div className="mb-3 d-flex flex-wrap align-items-center gap-2">
        <Link href={`/sharing?scope=session&session=${session.id}`} className="btn btn-outline-secondary btn-sm">
          Share<span className="visually-hidden"> this session</span>
        </Link>
        <SourceBadge source={session.sessionData?.source ?? null} model={session.sessionData?.model} fallbackReason={session.sessionData?.fallbackReason} kind="questions" />
      </div>
      <div
        className="progress mb-4"
        role="progressbar"
        aria-label="Questions answered"
        aria-valuenow={answeredQuestions}
        aria-valuemin={0}
        aria-valuemax={total}
      >
        <div className="progress-bar" style={{ width: `${(answeredQuestions / Math.max(1, total)) * 100}%` }}>
          {answeredQuestions}/{total}
        </div>
      </div>

      <SessionReviews data={reviews} />

      {unscored ? <RetryEvaluation sessionId={session.id} answerId={unscored.id} /> : null}

      {current ? (
        <>
          {latest && latest.score !== null ? (
            <section aria-label="Feedback on your last answer" className="mb-4">
              <FeedbackCard answer={latest} headingLevel={2} />
            </section>
          ) : null}
          <AnswerForm
            key={current.id}
            sessionId={session.id}
            userId={user.id}
            answerId={current.id}
            position={current.position}
            total={total}
            question={current.questionText}
            reason={current.reason}
            transcription={transcriptionEngine()}
            questionType={current.questionType}
            followUp={current.parentId ? { questionNumber: current.questionNumber, reason: current.reason } : undefined}
          />
        </>
      ) : unscored ? null : (
        <SessionSummary session={session} />
      )}
    </>
  );
}
