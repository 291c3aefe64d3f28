"use client";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { practiseQuestionsAction } from "@/lib/interviews/actions";
import { MAX_PRACTISE_QUESTIONS, PractiseSchema, QUESTION_TYPE_LABELS } from "@/lib/interviews/schema";
import type { AskedQuestion } from "@/lib/interviews/queries";
import { idle } from "@/lib/actions/state";
import { CheckField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { LocalTime } from "@/components/interviews/local-time";

type Question = Omit<AskedQuestion, "createdAt" | "interview"> & {
  interview: { id: string; company: string; position: string; dateIso: string };
};

/** The personal question list with a way to practise a chosen few in a mock interview. */
export function PractiseForm({ questions }: { questions: Question[] }) {
  const {
    register,
    control,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: PractiseSchema,
    defaultValues: { questionIds: [] },
    // On success the action redirects to the new session.
    action: (values) => practiseQuestionsAction(idle, values),
  });
  const chosen = useWatch({ control, name: "questionIds" });
  const count = Array.isArray(chosen) ? chosen.length : chosen ? 1 : 0;
  const error = errors.questionIds?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Practise your questions">
      <FormAlert {...alert} />
      <fieldset aria-describedby={error ? "questionIds-error" : "questionIds-hint"}>
        <legend className="h5">Choose questions to practise</legend>
        <p id="questionIds-hint" className="small text-body-secondary">
          Up to {MAX_PRACTISE_QUESTIONS} in one mock interview. The role and level come from the interview of the newest
          one.
        </p>
        <ul className="list-group mb-3">
          {questions.map((question) => (
            <li key={question.id} className="list-group-item">
              <CheckField
                id={`question-${question.id}`}
                value={question.id}
                label={question.text}
                labelClassName="form-check-label text-break"
                aria-describedby={`question-${question.id}-from`}
                {...register("questionIds")}
              />
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
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Preparing your session…" : "Practise these"}
        </button>
        <span className="small text-body-secondary" aria-live="polite">
          {count} selected
        </span>
      </div>
    </form>
  );
}
