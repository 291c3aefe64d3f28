"use client";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { submitGrammar } from "@/lib/english/actions";
import { idle } from "@/lib/actions/state";
import {
  GrammarSubmissionSchema,
  type GrammarSource,
  type GrammarSubmission,
  type GrammarSubmissionInput,
} from "@/lib/english/schema";
import { categoryLabel } from "@/lib/english/labels";
import { FormAlert } from "@/components/ui/form-alert";

export type ExerciseView = { id: string; sentence: string; category: string; hint?: string; question?: string };

/** Each sentence in an editable box; the server re-checks every correction with harper. */
export function GrammarExerciseForm({ source, exercises }: { source: GrammarSource; exercises: ExerciseView[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = Date.now();
  }, []);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<GrammarSubmissionInput, unknown, GrammarSubmission>({
    resolver: zodResolver(GrammarSubmissionSchema),
    defaultValues: {
      source,
      items: exercises.map((exercise) => ({ exerciseId: exercise.id, answer: exercise.sentence })),
    },
  });

  async function onSubmit(values: GrammarSubmission) {
    setMessage(null);
    const durationSeconds = Math.round((Date.now() - startedAt.current) / 1000);
    // On success the action opens the results page; only failures come back here.
    const state = await submitGrammar(idle, { ...values, durationSeconds });
    if (state.status === "error") setMessage(state.message);
  }

  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate aria-label="Fix the sentences">
      <FormAlert kind="error" message={message} />
      {exercises.map((exercise, index) => {
        const error = errors.items?.[index]?.answer?.message;
        const id = `answer-${index}`;
        return (
          <fieldset
            key={exercise.id}
            className="border rounded p-3 mb-3"
            data-testid="grammar-exercise"
            data-exercise-id={exercise.id}
          >
            <legend className="fs-6 fw-semibold float-none w-auto px-1 mb-1">
              Sentence {index + 1} of {exercises.length}
            </legend>
            {exercise.question ? (
              <p className="small text-body-secondary mb-1">In your answer to “{exercise.question}” you wrote:</p>
            ) : null}
            <blockquote className="mb-2 fst-italic text-break" data-testid="exercise-sentence">
              {exercise.sentence}
            </blockquote>
            <p className="small mb-2">
              <span className="badge text-bg-light border me-2">Hint: {categoryLabel(exercise.category)}</span>
              {exercise.hint ? (
                <details className="d-inline">
                  <summary className="d-inline text-primary">More help</summary> {exercise.hint}
                </details>
              ) : null}
            </p>
            <label htmlFor={id} className="form-label">
              Your correction
            </label>
            <textarea
              id={id}
              rows={2}
              className={`form-control${error ? " is-invalid" : ""}`}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              {...register(`items.${index}.answer`)}
            />
            {error ? (
              <div id={`${id}-error`} className="invalid-feedback d-block">
                {error}
              </div>
            ) : null}
            <input type="hidden" {...register(`items.${index}.exerciseId`)} />
          </fieldset>
        );
      })}
      <input type="hidden" {...register("source")} />
      <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
        {isSubmitting ? "Checking your corrections…" : "Check my corrections"}
      </button>
    </form>
  );
}
