"use client";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { submitVocabulary } from "@/lib/english/actions";
import { idle } from "@/lib/actions/state";
import {
  VocabularySubmissionSchema,
  type VocabularySubmission,
  type VocabularySubmissionInput,
} from "@/lib/english/schema";
import type { VocabularyQuestion } from "@/lib/english/pick";
import { FormAlert } from "@/components/ui/form-alert";

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
  const [message, setMessage] = useState<string | null>(null);
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = Date.now();
  }, []);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<VocabularySubmissionInput, unknown, VocabularySubmission>({
    resolver: zodResolver(VocabularySubmissionSchema),
    defaultValues: { items: questions.map((question) => ({ pairId: question.pairId, chosen: "" })) },
  });

  async function onSubmit(values: VocabularySubmission) {
    setMessage(null);
    const state = await submitVocabulary(idle, {
      ...values,
      durationSeconds: Math.round((Date.now() - startedAt.current) / 1000),
    });
    if (state.status === "error") setMessage(state.message);
  }

  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate aria-label="Choose stronger verbs">
      <FormAlert kind="error" message={message} />
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
              {question.options.map((option, optionIndex) => {
                const id = `choice-${index}-${optionIndex}`;
                return (
                  <div key={option} className="form-check">
                    <input
                      id={id}
                      type="radio"
                      value={option}
                      className={`form-check-input${error ? " is-invalid" : ""}`}
                      {...register(`items.${index}.chosen`)}
                    />
                    <label htmlFor={id} className="form-check-label">
                      {option}
                    </label>
                  </div>
                );
              })}
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
      <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
        {isSubmitting ? "Checking…" : "Check my choices"}
      </button>
    </form>
  );
}
