"use client";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "next/navigation";
import { answerQuestion } from "@/lib/interview-session/actions";
import { idle } from "@/lib/actions/state";
import { MAX_ANSWER_CHARS } from "@/lib/ai/schema";
import { FormAlert } from "@/components/ui/form-alert";
import { useSpeechInput } from "@/components/ai-interview/use-speech-input";
import { RecordAnswer } from "@/components/ai-interview/record-answer";
import { SYNC_EVENT, getQueuedAnswer, queueAnswer, type SyncEvent } from "@/lib/pwa/answer-queue";

type Props = {
  sessionId: string;
  answerId: string;
  position: number;
  total: number;
  question: string;
  /** The server's transcription engine for browsers without speech recognition; null when it has none. */
  transcription?: "gemini" | null;
  /** Why the question was chosen, for one drawn from a job description or the resume. */
  reason?: string | null;
  questionType: string;
  /** Answers typed offline are queued for this user (see lib/pwa/answer-queue.ts). */
  userId: string;
  /** Set when the interviewer is following up on question `questionNumber`; `reason` says what it probes. */
  followUp?: { questionNumber: number; reason: string | null };
};

const draftKey = (answerId: string) => `answer-draft:${answerId}`;
const noSubscription = () => () => undefined;

export function AnswerForm({ sessionId, answerId, position, total, question, reason, questionType, userId, followUp, transcription = null }: Props) {
  const router = useRouter();
  // A draft survives a reload or a closed tab until the answer is saved: the
  // stored draft shows until the user edits (empty while rendering on the server).
  const storedDraft = useSyncExternalStore(
    noSubscription,
    () => window.localStorage.getItem(draftKey(answerId)) ?? "",
    () => "",
  );
  const [edited, setText] = useState<string | null>(null);
  const text = edited ?? storedDraft;
  const [message, setMessage] = useState<string | null>(null);
  // "queued": saved on this device while offline, sent when back online.
  const [phase, setPhase] = useState<"idle" | "saving" | "queued">("idle");
  const [, startTransition] = useTransition();
  const startedAt = useRef<number>(0);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    startedAt.current = Date.now();
    textarea.current?.focus();
  }, [answerId]);
  useEffect(() => {
    if (edited) window.localStorage.setItem(draftKey(answerId), edited);
  }, [answerId, edited]);

  // An answer queued offline (before a reload) stays queued; once it is stored
  // the page moves on to the next question.
  useEffect(() => {
    let cancelled = false;
    getQueuedAnswer(answerId)
      .then((queued) => {
        if (cancelled || !queued) return;
        setText(queued.answer);
        setPhase("queued");
      })
      .catch(() => undefined);
    const onSync = (event: Event) => {
      const detail = (event as CustomEvent<SyncEvent>).detail;
      if (detail.answerId !== answerId) return;
      if (detail.kind === "synced") {
        window.localStorage.removeItem(draftKey(answerId));
        startTransition(() => router.refresh());
      } else {
        setMessage(detail.message);
        setPhase("idle");
      }
    };
    window.addEventListener(SYNC_EVENT, onSync);
    return () => {
      cancelled = true;
      window.removeEventListener(SYNC_EVENT, onSync);
    };
  }, [answerId, router]);

  const speech = useSpeechInput((phrase) =>
    setText((current) => {
      const base = current ?? storedDraft;
      return base ? `${base.trimEnd()} ${phrase}` : phrase;
    }),
  );

  async function saveOffline(answer: string, durationSeconds: number) {
    try {
      await queueAnswer({ sessionId, answerId, userId, answer, durationSeconds });
      setPhase("queued");
    } catch {
      setMessage("You are offline and this browser could not store the answer. Your draft is kept; submit again when you are back online.");
      setPhase("idle");
    }
  }

  async function submit(answer: string) {
    setMessage(null);
    setPhase("saving");
    speech.stop();
    const durationSeconds = Math.round((Date.now() - startedAt.current) / 1000);
    if (!navigator.onLine) return saveOffline(answer, durationSeconds);
    try {
      const state = await answerQuestion(idle, { sessionId, answerId, answer, durationSeconds });
      if (state.status === "error") {
        setMessage(state.fieldErrors.answer?.[0] ?? state.message);
        setPhase("idle");
        return;
      }
      window.localStorage.removeItem(draftKey(answerId));
      startTransition(() => router.refresh());
    } catch {
      // The server could not be reached: queue the answer like one typed offline.
      // If it was in fact stored, the endpoint keeps that first copy.
      await saveOffline(answer, durationSeconds);
    }
  }

  const words = text.trim() ? text.trim().split(/\s+/).length : 0;
  const tooLong = text.length > MAX_ANSWER_CHARS;

  return (
    <section className="card" aria-labelledby="current-question">
      <div className="card-body">
        <p className="text-body-secondary small mb-1">
          {followUp ? `Follow-up to question ${followUp.questionNumber} of ${total}` : `Question ${position} of ${total}`} ·{" "}
          {questionType.replace("_", " ")}
        </p>
        <h2 id="current-question" className={`h4 ${reason ? "mb-1" : "mb-3"}`}>
          {question}
        </h2>
        {reason && !followUp ? <p className="small text-body-secondary mb-3">Why this question: {reason}</p> : null}
        {followUp?.reason ? (
          <p className="small text-body-secondary" data-testid="follow-up-reason">
            Why the interviewer asks: {followUp.reason}
          </p>
        ) : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) void submit(text);
            else setMessage("Write or speak an answer first, or skip the question.");
          }}
          aria-labelledby="current-question"
        >
          <FormAlert kind="error" message={message} />
          <label htmlFor="answer" className="form-label">
            Your answer
          </label>
          <textarea
            ref={textarea}
            id="answer"
            className={`form-control${tooLong ? " is-invalid" : ""}`}
            rows={9}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="answer-help"
            disabled={phase !== "idle"}
          />
          <div id="answer-help" className="form-text d-flex flex-wrap justify-content-between gap-2">
            <span>
              {words} words{tooLong ? ` — over the ${MAX_ANSWER_CHARS.toLocaleString("en")}-character limit` : ""}. Drafts are kept in this browser.
            </span>
            {speech.listening && speech.interim ? <span aria-live="polite">Hearing: “{speech.interim}”</span> : null}
          </div>
          {speech.error ? <div className="alert alert-warning mt-2 py-2 small">{speech.error}</div> : null}
          <div className="d-flex flex-wrap gap-2 mt-3">
            <button type="submit" className="btn btn-primary" disabled={phase !== "idle" || tooLong}>
              {phase === "saving" ? "Saving and scoring…" : "Submit answer"}
            </button>
            {speech.supported ? (
              <button
                type="button"
                className={`btn ${speech.listening ? "btn-danger" : "btn-outline-secondary"}`}
                onClick={speech.listening ? speech.stop : speech.start}
                aria-pressed={speech.listening}
                disabled={phase !== "idle"}
              >
                {speech.listening ? "Stop speaking" : "Answer by speaking"}
              </button>
            ) : (
              <RecordAnswer
                engine={transcription}
                disabled={phase !== "idle"}
                onTranscript={(heard) =>
                  setText((current) => {
                    const base = current ?? storedDraft;
                    return base ? `${base.trimEnd()} ${heard}` : heard;
                  })
                }
              />
            )}
            <button
              type="button"
              className="btn btn-link ms-auto"
              disabled={phase !== "idle"}
              onClick={() => {
                const confirmText = followUp
                  ? "Skip this follow-up? The question keeps the score of what you already said."
                  : "Skip this question? It will be scored as unanswered.";
                if (window.confirm(confirmText)) void submit("");
              }}
            >
              {followUp ? "Skip follow-up" : "Skip question"}
            </button>
          </div>
          <p className="small mt-2 mb-0" role="status">
            {phase === "saving" ? <span className="text-body-secondary">Your answer is being saved first, then scored.</span> : null}
            {phase === "queued" ? (
              <span className="badge text-bg-warning fs-6 fw-normal text-wrap text-start">Saved offline — will sync when you are back online.</span>
            ) : null}
          </p>
        </form>
      </div>
    </section>
  );
}
