"use client";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { answerAvatarQuestion } from "@/lib/interview-session/actions";
import { idle } from "@/lib/actions/state";
import { MAX_ANSWER_CHARS } from "@/lib/ai/schema";
import { FormAlert } from "@/components/ui/form-alert";
import { useSpeechInput } from "@/components/ai-interview/use-speech-input";

type Props = {
  sessionId: string;
  answerId: string;
  position: number;
  total: number;
  question: string;
  questionType: string;
  /** Where in the recording this answer begins, when a recording is running. */
  recordingOffsetMs: () => number | undefined;
  onSaved: (result: { evaluated: boolean }) => void;
};

const draftKey = (answerId: string) => `answer-draft:${answerId}`;
const noSubscription = () => () => undefined;

/** The answer box: typed or spoken (editable before submitting); saved first, then scored on the server. */
export function AvatarAnswerForm({
  sessionId,
  answerId,
  position,
  total,
  question,
  questionType,
  recordingOffsetMs,
  onSaved,
}: Props) {
  // A draft survives a reload until the answer is saved (empty while rendering on the server).
  const storedDraft = useSyncExternalStore(
    noSubscription,
    () => window.localStorage.getItem(draftKey(answerId)) ?? "",
    () => "",
  );
  const [edited, setText] = useState<string | null>(null);
  const text = edited ?? storedDraft;
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const startedAt = useRef(0);

  useEffect(() => {
    startedAt.current = Date.now();
  }, [answerId]);
  useEffect(() => {
    if (edited) window.localStorage.setItem(draftKey(answerId), edited);
  }, [answerId, edited]);

  const speech = useSpeechInput((phrase) =>
    setText((current) => {
      const base = current ?? storedDraft;
      return base ? `${base.trimEnd()} ${phrase}` : phrase;
    }),
  );

  async function submit(answer: string) {
    setMessage(null);
    setSaving(true);
    speech.stop();
    const durationSeconds = Math.round((Date.now() - startedAt.current) / 1000);
    try {
      const state = await answerAvatarQuestion(idle, {
        sessionId,
        answerId,
        answer,
        durationSeconds,
        recordingOffsetMs: recordingOffsetMs(),
      });
      if (state.status === "error") {
        setMessage(state.fieldErrors.answer?.[0] ?? state.message);
        setSaving(false);
        return;
      }
      window.localStorage.removeItem(draftKey(answerId));
      onSaved({ evaluated: state.status === "success" ? state.data.evaluated : false });
    } catch {
      setMessage(
        "We could not reach the server. Your answer is kept in this browser; try again when you are back online.",
      );
      setSaving(false);
    }
  }

  const words = text.trim() ? text.trim().split(/\s+/).length : 0;
  const tooLong = text.length > MAX_ANSWER_CHARS;

  return (
    <section className="card" aria-labelledby="current-question">
      <div className="card-body">
        <p className="text-body-secondary small mb-1">
          Question {position} of {total} · {questionType.replace("_", " ")}
        </p>
        <h2 id="current-question" className="h5 mb-3">
          {question}
        </h2>
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
            id="answer"
            className={`form-control${tooLong ? " is-invalid" : ""}`}
            rows={7}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="answer-help"
            disabled={saving}
          />
          <div id="answer-help" className="form-text d-flex flex-wrap justify-content-between gap-2">
            <span>
              {words} words{tooLong ? ` — over the ${MAX_ANSWER_CHARS.toLocaleString("en")}-character limit` : ""}. You
              can edit spoken text before submitting.
            </span>
            {speech.listening && speech.interim ? <span aria-live="polite">Hearing: “{speech.interim}”</span> : null}
          </div>
          {speech.error ? <div className="alert alert-warning mt-2 py-2 small">{speech.error}</div> : null}
          <div className="d-flex flex-wrap gap-2 mt-3">
            <button type="submit" className="btn btn-primary" disabled={saving || tooLong}>
              {saving ? "Saving and scoring…" : position === total ? "Submit and finish" : "Submit answer"}
            </button>
            {speech.supported ? (
              <button
                type="button"
                className={`btn ${speech.listening ? "btn-danger" : "btn-outline-secondary"}`}
                onClick={speech.listening ? speech.stop : speech.start}
                aria-pressed={speech.listening}
                disabled={saving}
              >
                {speech.listening ? "Stop dictation" : "Dictate answer"}
              </button>
            ) : (
              <span className="small text-body-secondary align-self-center">
                Speech-to-text is not available in this browser; typing always works.
              </span>
            )}
            <button
              type="button"
              className="btn btn-link ms-auto"
              disabled={saving}
              onClick={() => {
                if (window.confirm("Skip this question? It will be scored as unanswered.")) void submit("");
              }}
            >
              Skip question
            </button>
          </div>
          {saving ? (
            <p className="small text-body-secondary mt-2 mb-0" role="status">
              Your answer is being saved first, then scored.
            </p>
          ) : null}
        </form>
      </div>
    </section>
  );
}
