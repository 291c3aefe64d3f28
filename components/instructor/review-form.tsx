"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { saveReviewAction } from "@/lib/sharing/actions";
import { RUBRIC_CRITERIA, RUBRIC_LABELS, type Rubric } from "@/lib/sharing/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { sessionId: string; initial: { rubric: Rubric | null; summary: string | null } | null };

/** The instructor's rubric (1–5 per criterion) and overall summary for one shared session. */
export function ReviewForm({ sessionId, initial }: Props) {
  const router = useRouter();
  const [scores, setScores] = useState<Partial<Rubric>>(initial?.rubric ?? {});
  const [summary, setSummary] = useState(initial?.summary ?? "");
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<{ kind: "error" | "success"; message: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setAlert(null);
    setErrors({});
    try {
      const state = await saveReviewAction(idle, { sessionId, summary, ...scores } as Parameters<typeof saveReviewAction>[1]);
      if (state.status === "error") {
        setErrors(state.fieldErrors);
        setAlert({ kind: "error", message: state.message });
      } else {
        setAlert({ kind: "success", message: "Review saved. The student sees it on their session page." });
        router.refresh();
      }
    } catch {
      setAlert({ kind: "error", message: "We could not reach the server. Nothing was saved; try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Rubric review" className="card card-body mb-4">
      <h2 className="h5">Your rubric</h2>
      <FormAlert kind={alert?.kind ?? "error"} message={alert?.message} />
      {RUBRIC_CRITERIA.map((key) => {
        const error = errors[key]?.[0];
        return (
          <fieldset
            key={key}
            className="mb-3"
            aria-describedby={`rubric-${key}-hint${error ? ` rubric-${key}-error` : ""}`}
            aria-invalid={error ? true : undefined}
          >
            <legend className="form-label fs-6 mb-1">{RUBRIC_LABELS[key].label}</legend>
            <div id={`rubric-${key}-hint`} className="form-text mt-0 mb-1">
              {RUBRIC_LABELS[key].hint} 1 = poor, 5 = excellent.
            </div>
            <div className="btn-group flex-wrap" role="group">
              {[1, 2, 3, 4, 5].map((value) => (
                <span key={value}>
                  <input
                    type="radio"
                    className="btn-check"
                    name={`rubric-${key}`}
                    id={`rubric-${key}-${value}`}
                    checked={scores[key] === value}
                    onChange={() => setScores((current) => ({ ...current, [key]: value }))}
                  />
                  <label className="btn btn-outline-primary btn-sm px-3" htmlFor={`rubric-${key}-${value}`}>
                    <span className="visually-hidden">{RUBRIC_LABELS[key].label}: </span>
                    {value}
                  </label>
                </span>
              ))}
            </div>
            {error ? (
              <div id={`rubric-${key}-error`} className="invalid-feedback d-block">
                {error}
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <div className="mb-3">
        <label htmlFor="review-summary" className="form-label">
          Overall summary <span className="text-body-secondary">(optional)</span>
        </label>
        <textarea
          id="review-summary"
          className={`form-control${errors.summary ? " is-invalid" : ""}`}
          rows={3}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          aria-invalid={errors.summary ? true : undefined}
        />
        {errors.summary ? <div className="invalid-feedback d-block">{errors.summary[0]}</div> : null}
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Saving…" : initial ? "Update review" : "Save review"}
        </button>
      </div>
    </form>
  );
}
