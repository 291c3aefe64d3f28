"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { logAttemptAction } from "@/lib/dsa/actions";
import {
  LogAttemptSchema,
  MAX_MINUTES,
  MAX_NOTES_CHARS,
  MAX_SOLUTION_BYTES,
  MAX_TRIES,
  RATING_LABELS,
  RATINGS,
  type LogAttempt,
  type LogAttemptInput,
  type RatingName,
} from "@/lib/dsa/schema";
import { suggestRating, TARGET_MINUTES } from "@/lib/dsa/rating";
import type { Difficulty } from "@/lib/questions/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  slug: string;
  difficulty: Difficulty;
  /** When each grade would bring the problem back, formatted on the server. */
  preview: Record<RatingName, string>;
};

type FieldName = keyof LogAttemptInput;
const FIELDS = Object.keys(LogAttemptSchema.shape) as FieldName[];
const RATING_TONE: Record<RatingName, string> = { again: "danger", hard: "warning", good: "success", easy: "primary" };

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function LogAttemptForm({ slug, difficulty, preview }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [logged, setLogged] = useState<{ due: string; dueLabel: string } | null>(null);
  // Once the user picks a grade themselves, changing solved/time no longer overrides it.
  const [ratingChosen, setRatingChosen] = useState(false);
  const defaults: LogAttemptInput = { slug, solved: "yes", attempts: "1", timeTaken: "", solutionCode: "", notes: "", rating: "good" };
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setValue,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<LogAttemptInput, unknown, LogAttempt>({ resolver: zodResolver(LogAttemptSchema), defaultValues: defaults });
  const code = useWatch({ control, name: "solutionCode" }) ?? "";
  const codeBytes = new TextEncoder().encode(code).length;

  function suggest() {
    if (ratingChosen) return;
    const { solved, timeTaken } = getValues();
    const minutes = typeof timeTaken === "string" && timeTaken.trim() !== "" ? Number(timeTaken) : null;
    setValue("rating", suggestRating(solved === "yes", minutes, difficulty));
  }

  async function onSubmit() {
    setFailure(null);
    setLogged(null);
    // The action parses the raw form values with the same schema.
    const state = await logAttemptAction(idle, getValues());
    if (state.status === "error") {
      for (const [field, messages] of Object.entries(state.fieldErrors)) {
        if (FIELDS.includes(field as FieldName)) setError(field as FieldName, { message: messages[0] });
      }
      setFailure(state.message);
      return;
    }
    if (state.status === "success") {
      setLogged(state.data);
      setRatingChosen(false);
      reset(defaults);
      router.refresh();
    }
  }

  const describe = (name: FieldName, hint?: boolean) => {
    const ids = [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ");
    return { "aria-invalid": errors[name] ? true : undefined, "aria-describedby": ids || undefined };
  };
  const errorText = (name: FieldName) =>
    errors[name] ? (
      <div id={`${name}-error`} className="invalid-feedback d-block">
        {errors[name]?.message}
      </div>
    ) : null;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="log-attempt-heading">
      <FormAlert kind="error" message={failure} />
      <div role="status" aria-live="polite">
        {logged ? (
          <div className="alert alert-success" data-testid="attempt-logged">
            Attempt logged. Next review on <time dateTime={logged.due}>{logged.dueLabel}</time>.
          </div>
        ) : null}
      </div>
      <input type="hidden" {...register("slug")} />
      <div className="row g-3">
        <fieldset className="col-12 col-md-4">
          <legend className="form-label fs-6">Did you solve it?</legend>
          {(["yes", "no"] as const).map((value) => (
            <div key={value} className="form-check form-check-inline">
              <input id={`solved-${value}`} type="radio" value={value} className="form-check-input" {...register("solved", { onChange: suggest })} {...describe("solved")} />
              <label htmlFor={`solved-${value}`} className="form-check-label">
                {value === "yes" ? "Solved" : "Not solved"}
              </label>
            </div>
          ))}
          {errorText("solved")}
        </fieldset>
        <div className="col-6 col-md-4">
          <label htmlFor="attempts" className="form-label">
            Tries
          </label>
          <input id="attempts" type="number" inputMode="numeric" min={1} max={MAX_TRIES} className={`form-control${errors.attempts ? " is-invalid" : ""}`} {...register("attempts")} {...describe("attempts")} />
          {errorText("attempts")}
        </div>
        <div className="col-6 col-md-4">
          <label htmlFor="timeTaken" className="form-label">
            Time taken (minutes)
          </label>
          <input
            id="timeTaken"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_MINUTES}
            className={`form-control${errors.timeTaken ? " is-invalid" : ""}`}
            {...register("timeTaken", { onChange: suggest })}
            {...describe("timeTaken")}
          />
          {errorText("timeTaken")}
        </div>
        <div className="col-12">
          <label htmlFor="solutionCode" className="form-label">
            Solution code <span className="text-body-secondary">(optional)</span>
          </label>
          <textarea
            id="solutionCode"
            rows={10}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            className={`form-control font-monospace small${errors.solutionCode ? " is-invalid" : ""}`}
            {...register("solutionCode")}
            {...describe("solutionCode", true)}
          />
          <div id="solutionCode-hint" className="form-text">
            {kilobytes(codeBytes)} of {kilobytes(MAX_SOLUTION_BYTES)}
          </div>
          {errorText("solutionCode")}
        </div>
        <div className="col-12">
          <label htmlFor="notes" className="form-label">
            Notes <span className="text-body-secondary">(optional)</span>
          </label>
          <textarea id="notes" rows={3} className={`form-control${errors.notes ? " is-invalid" : ""}`} {...register("notes")} {...describe("notes", true)} />
          <div id="notes-hint" className="form-text">
            What tripped you up, the key insight, edge cases to remember. Up to {MAX_NOTES_CHARS.toLocaleString("en")} characters.
          </div>
          {errorText("notes")}
        </div>
        <fieldset className="col-12">
          <legend className="form-label fs-6">How did it feel?</legend>
          <div className="d-flex flex-wrap gap-2">
            {RATINGS.map((rating) => (
              <div key={rating}>
                <input
                  id={`rating-${rating}`}
                  type="radio"
                  value={rating}
                  className="btn-check"
                  {...register("rating", { onChange: () => setRatingChosen(true) })}
                  aria-describedby="rating-hint"
                />
                <label htmlFor={`rating-${rating}`} className={`btn btn-outline-${RATING_TONE[rating]} text-start`}>
                  <span className="d-block fw-semibold">{RATING_LABELS[rating]}</span>
                  <span className="d-block small">next {preview[rating]}</span>
                </label>
              </div>
            ))}
          </div>
          <div id="rating-hint" className="form-text">
            Preselected from whether you solved it and your time against about {TARGET_MINUTES[difficulty]} minutes for a problem of this difficulty. Change it
            if it felt different.
          </div>
          {errorText("rating")}
        </fieldset>
      </div>
      <button type="submit" className="btn btn-primary mt-4" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Log attempt"}
      </button>
    </form>
  );
}
