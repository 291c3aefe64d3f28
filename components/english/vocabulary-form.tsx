"use client";
import { useEffect, useRef } from "react";
import { submitVocabulary } from "@/lib/english/actions";
import { idle } from "@/lib/actions/state";
import { VocabularySubmissionSchema } from "@/lib/english/schema";
import type { VocabularyQuestion } from "@/lib/english/pick";
import { CheckField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

/** Shows the weak phrase inside its sentence. */
function Marked({ sentence, weak }: { sentence: string; weak: string }) {
  const at = sentence.indexOf(weak);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{weak}</mark>
      {sentence.slice(at + weak.length)}
    </>
  );
}

/** One radio group per sentence: which strong verb says what the weak one meant? */
export function VocabularyForm({ questions }: { questions: VocabularyQuestion[] }) {
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
    schema: VocabularySubmissionSchema,
    defaultValues: { items: questions.map((question) => ({ pairId: question.pairId, chosen: "" })) },
    // On success the action opens the results page; only failures come back here.
    action: (values) =>
      submitVocabulary(idle, { ...values, durationSeconds: Math.round((Date.now() - startedAt.current) / 1000) }),
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Choose stronger verbs">
      <FormAlert {...alert} />
      {questions.map((question, index) => {
        const error = errors.items?.[index]?.chosen?.message;
        return (
          <fieldset
            key={question.pairId}
            className="border rounded p-3 mb-3"
            data-testid="vocabulary-exercise"
            data-pair-id={question.pairId}
            aria-describedby={error ? `choice-${index}-error` : undefined}
          >
            <legend className="fs-6 fw-semibold float-none w-auto px-1 mb-1">
              {index + 1}. Replace “{question.weak}”
            </legend>
            <p className="mb-2 text-break">
              <Marked sentence={question.sentence} weak={question.weak} />
            </p>
            <div className="d-flex flex-wrap gap-3">
              {question.options.map((option, optionIndex) => (
                <CheckField
                  key={option}
                  id={`choice-${index}-${optionIndex}`}
                  type="radio"
                  value={option}
                  label={option}
                  invalid={Boolean(error)}
                  {...register(`items.${index}.chosen`)}
                />
              ))}
            </div>
            {error ? (
              <div id={`choice-${index}-error`} className="invalid-feedback d-block">
                {error}
              </div>
            ) : null}
            <input type="hidden" {...register(`items.${index}.pairId`)} />
          </fieldset>
        );
      })}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Checking…" : "Check my choices"}
      </button>
    </form>
  );
}
