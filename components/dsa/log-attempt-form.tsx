"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { logAttemptAction } from "@/lib/dsa/actions";
import {
  LogAttemptSchema,
  MAX_MINUTES,
  MAX_NOTES_CHARS,
  MAX_SOLUTION_BYTES,
  MAX_TRIES,
  RATING_LABELS,
  RATINGS,
  type LogAttemptInput,
  type RatingName,
} from "@/lib/dsa/schema";
import { suggestRating, TARGET_MINUTES } from "@/lib/dsa/rating";
import type { Difficulty } from "@/lib/questions/schema";
import { idle } from "@/lib/actions/state";
import { CheckField, Field, TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  slug: string;
  difficulty: Difficulty;
  /** When each grade would bring the problem back, formatted on the server. */
  preview: Record<RatingName, string>;
};

const RATING_TONE: Record<RatingName, string> = { again: "danger", hard: "warning", good: "success", easy: "primary" };

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function LogAttemptForm({ slug, difficulty, preview }: Props) {
  const router = useRouter();
  const [logged, setLogged] = useState<{ due: string; dueLabel: string } | null>(null);
  // Once the user picks a grade themselves, changing solved/time no longer overrides it.
  const [ratingChosen, setRatingChosen] = useState(false);
  const defaults: LogAttemptInput = { slug, solved: "yes", attempts: "1", timeTaken: "", solutionCode: "", notes: "", rating: "good" };
  const {
    register,
    control,
    getValues,
    setValue,
    reset,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: LogAttemptSchema,
    defaultValues: defaults,
    action: (_values, raw) => {
      setLogged(null);
      // The action parses the raw form values with the same schema.
      return logAttemptAction(idle, raw);
    },
    onSuccess(data) {
      setLogged(data);
      setRatingChosen(false);
      reset(defaults);
      router.refresh();
    },
  });
  const code = useWatch({ control, name: "solutionCode" }) ?? "";
  const codeBytes = new TextEncoder().encode(code).length;

  function suggest() {
    if (ratingChosen) return;
    const { solved, timeTaken } = getValues();
    const minutes = typeof timeTaken === "string" && timeTaken.trim() !== "" ? Number(timeTaken) : null;
    setValue("rating", suggestRating(solved === "yes", minutes, difficulty));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="log-attempt-heading">
      <FormAlert {...alert} />
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
            <CheckField
              key={value}
              id={`solved-${value}`}
              type="radio"
              value={value}
              label={value === "yes" ? "Solved" : "Not solved"}
              wrapperClassName="form-check form-check-inline"
              aria-invalid={errors.solved ? true : undefined}
              aria-describedby={errors.solved ? "solved-error" : undefined}
              {...register("solved", { onChange: suggest })}
            />
          ))}
          {errors.solved ? (
            <div id="solved-error" className="invalid-feedback d-block">
              {errors.solved.message}
            </div>
          ) : null}
        </fieldset>
        <Field
          id="attempts"
          label="Tries"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TRIES}
          wrapperClassName="col-6 col-md-4"
          error={errors.attempts?.message}
          {...register("attempts")}
        />
        <Field
          id="timeTaken"
          label="Time taken (minutes)"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_MINUTES}
          wrapperClassName="col-6 col-md-4"
          error={errors.timeTaken?.message}
          {...register("timeTaken", { onChange: suggest })}
        />
        <TextareaField
          id="solutionCode"
          label="Solution code"
          optional
          rows={10}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          className="font-monospace small"
          wrapperClassName="col-12"
          hint={`${kilobytes(codeBytes)} of ${kilobytes(MAX_SOLUTION_BYTES)}`}
          error={errors.solutionCode?.message}
          {...register("solutionCode")}
        />
        <TextareaField
          id="notes"
          label="Notes"
          optional
          rows={3}
          wrapperClassName="col-12"
          hint={`What tripped you up, the key insight, edge cases to remember. Up to ${MAX_NOTES_CHARS.toLocaleString("en")} characters.`}
          error={errors.notes?.message}
          {...register("notes")}
        />
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
          {errors.rating ? (
            <div id="rating-error" className="invalid-feedback d-block">
              {errors.rating.message}
            </div>
          ) : null}
        </fieldset>
      </div>
      <button type="submit" className="btn btn-primary mt-4" disabled={pending}>
        {pending ? "Saving…" : "Log attempt"}
      </button>
    </form>
  );
}
