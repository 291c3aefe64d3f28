"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { addCommentAction } from "@/lib/sharing/actions";
import type { SessionKind } from "@/lib/interview-session/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  kind: SessionKind;
  sessionId: string;
  answers: { id: string; position: number; questionText: string }[];
};

/** A comment on the session, optionally pinned to an answer and a moment (m:ss) of it or of the video. */
export function CommentForm({ kind, sessionId, answers }: Props) {
  const router = useRouter();
  const [answerId, setAnswerId] = useState("");
  const [at, setAt] = useState("");
  const [body, setBody] = useState("");
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<{ kind: "error" | "success"; message: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setAlert(null);
    setErrors({});
    try {
      const state = await addCommentAction(idle, { sessionId, answerId, at, body });
      if (state.status === "error") {
        setErrors(state.fieldErrors);
        setAlert({ kind: "error", message: state.message });
      } else {
        setBody("");
        setAt("");
        setAlert({ kind: "success", message: "Comment added." });
        router.refresh();
      }
    } catch {
      setAlert({ kind: "error", message: "We could not reach the server. Nothing was saved; try again." });
    } finally {
      setPending(false);
    }
  }

  const momentHint = kind === "avatar" ? "Time in the session recording, as m:ss." : "Moment in the answer, as m:ss (e.g. 0:45).";
  const error = (name: string) =>
    errors[name]?.[0] ? (
      <div id={`comment-${name}-error`} className="invalid-feedback d-block">
        {errors[name]![0]}
      </div>
    ) : null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a comment" className="card card-body mb-4">
      <h2 className="h5">Add a comment</h2>
      <FormAlert kind={alert?.kind ?? "error"} message={alert?.message} />
      <div className="row g-3 mb-3">
        <div className="col-sm-8">
          <label htmlFor="comment-answer" className="form-label">
            About
          </label>
          <select
            id="comment-answer"
            className={`form-select${errors.answerId ? " is-invalid" : ""}`}
            value={answerId}
            onChange={(event) => setAnswerId(event.target.value)}
            aria-describedby={errors.answerId ? "comment-answerId-error" : undefined}
          >
            <option value="">The whole session</option>
            {answers.map((answer) => (
              <option key={answer.id} value={answer.id}>
                Question {answer.position}: {answer.questionText.length > 70 ? `${answer.questionText.slice(0, 70)}…` : answer.questionText}
              </option>
            ))}
          </select>
          {error("answerId")}
        </div>
        <div className="col-sm-4">
          <label htmlFor="comment-at" className="form-label">
            At (m:ss) <span className="text-body-secondary">(optional)</span>
          </label>
          <input
            id="comment-at"
            className={`form-control${errors.at ? " is-invalid" : ""}`}
            inputMode="numeric"
            placeholder="1:05"
            value={at}
            onChange={(event) => setAt(event.target.value)}
            aria-invalid={errors.at ? true : undefined}
            aria-describedby={`comment-at-hint${errors.at ? " comment-at-error" : ""}`}
          />
          <div id="comment-at-hint" className="form-text">
            {momentHint}
          </div>
          {error("at")}
        </div>
      </div>
      <div className="mb-3">
        <label htmlFor="comment-body" className="form-label">
          Comment
        </label>
        <textarea
          id="comment-body"
          className={`form-control${errors.body ? " is-invalid" : ""}`}
          rows={3}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "comment-body-error" : undefined}
        />
        {error("body")}
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Adding…" : "Add comment"}
        </button>
      </div>
    </form>
  );
}
