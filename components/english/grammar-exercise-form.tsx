"use client";
import { useEffect, useRef } from "react";
import { submitGrammar } from "@/lib/english/actions";
import { idle } from "@/lib/actions/state";
import { GrammarSubmissionSchema, type GrammarSource } from "@/lib/english/schema";
import { categoryLabel } from "@/lib/english/labels";
import { TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

export type ExerciseView = { id: string; sentence: string; category: string; hint?: string; question?: string };

/** Each sentence in an editable box; the server re-checks every correction with harper. */
export function GrammarExerciseForm({ source, exercises }: { source: GrammarSource; exercises: ExerciseView[] }) {
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = Date.now();
  }, []);
  const {
    register,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: GrammarSubmissionSchema,
    defaultValues: {
      source,
      items: exercises.map((exercise) => ({ exerciseId: exercise.id, answer: exercise.sentence })),
    },
    // On success the action opens the results page; only failures come back here.
    action: (values) =>
      submitGrammar(idle, { ...values, durationSeconds: Math.round((Date.now() - startedAt.current) / 1000) }),
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Fix the sentences">
      <FormAlert {...alert} />
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
            <TextareaField
              id={id}
              label="Your correction"
              rows={2}
              wrapperClassName=""
              error={error}
              {...register(`items.${index}.answer`)}
            />
            <input type="hidden" {...register(`items.${index}.exerciseId`)} />
          </fieldset>
        );
      })}
      <input type="hidden" {...register("source")} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Checking your corrections…" : "Check my corrections"}
      </button>
    </form>
  );
}
