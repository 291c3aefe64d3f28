"use client";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { practiseQuestionsAction } from "@/lib/interviews/actions";
import {
  MAX_PRACTISE_QUESTIONS,
  PractiseSchema,
  QUESTION_TYPE_LABELS,
  type PractiseInput,
} from "@/lib/interviews/schema";
import type { AskedQuestion } from "@/lib/interviews/queries";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";
import { LocalTime } from "@/components/interviews/local-time";
import type { z } from "zod";

type Question = Omit<AskedQuestion, "createdAt" | "interview"> & {
  interview: { id: string; company: string; position: string; dateIso: string };
};

/** The personal question list with a way to practise a chosen few in a mock interview. */
export function PractiseForm({ questions }: { questions: Question[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PractiseInput, unknown, z.output<typeof PractiseSchema>>({
    resolver: zodResolver(PractiseSchema),
    defaultValues: { questionIds: [] },
  });
  const chosen = useWatch({ control, name: "questionIds" });
  const count = Array.isArray(chosen) ? chosen.length : chosen ? 1 : 0;
  const error = errors.questionIds?.message;

  async function onSubmit(values: z.output<typeof PractiseSchema>) {
    setMessage(null);
    // On success the action redirects to the new session.
    const state = await practiseQuestionsAction(idle, values);
    if (state.status === "error") setMessage(state.fieldErrors.questionIds?.[0] ?? state.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Practise your questions">
      <FormAlert kind="error" message={message} />
      <fieldset aria-describedby={error ? "questionIds-error" : "questionIds-hint"}>
        <legend className="h5">Choose questions to practise</legend>
        <p id="questionIds-hint" className="small text-body-secondary">
          Up to {MAX_PRACTISE_QUESTIONS} in one mock interview. The role and level come from the interview of the newest
          one.
        </p>
        <ul className="list-group mb-3">
          {questions.map((question) => (
            <li key={question.id} className="list-group-item">
              <div className="form-check">
                <input
                  className="form-check-input"
                  type="checkbox"
                  id={`question-${question.id}`}
                  value={question.id}
                  aria-describedby={`question-${question.id}-from`}
                  {...register("questionIds")}
                />
                <label className="form-check-label text-break" htmlFor={`question-${question.id}`}>
                  {question.text}
                </label>
              </div>
              <div id={`question-${question.id}-from`} className="small text-body-secondary ms-4 text-break">
                {question.type ? `${QUESTION_TYPE_LABELS[question.type]} · ` : ""}
                From{" "}
                <Link href={`/interviews/${question.interview.id}`}>
                  {question.interview.position} at {question.interview.company}
                </Link>{" "}
                (<LocalTime iso={question.interview.dateIso} dateOnly />)
                {question.notes ? <div className="fst-italic">{question.notes}</div> : null}
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <div role="alert">
        {error ? (
          <div id="questionIds-error" className="text-danger small mb-2">
            {error}
          </div>
        ) : null}
      </div>
      <div className="d-flex flex-wrap align-items-center gap-3">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? "Preparing your session…" : "Practise these"}
        </button>
        <span className="small text-body-secondary" aria-live="polite">
          {count} selected
        </span>
      </div>
    </form>
  );
}
