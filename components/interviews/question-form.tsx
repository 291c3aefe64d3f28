"use client";
import { logQuestionAction } from "@/lib/interviews/actions";
import { QUESTION_TYPE_LABELS, QuestionSchema } from "@/lib/interviews/schema";
import { idle } from "@/lib/actions/state";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

/** Logs a question the user was asked; it joins their personal practice list. */
export function QuestionForm({ interviewId }: { interviewId: string }) {
  const empty = { interviewId, text: "", type: "", notes: "" } as const;
  const {
    register,
    reset,
    onSubmit,
    alert,
    setAlert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: QuestionSchema,
    defaultValues: empty,
    invalidMessage: "Please correct the highlighted fields.",
    action: (values) => logQuestionAction(idle, values),
    onSuccess(_data, _values, state) {
      reset(empty);
      setAlert({ kind: "success", message: state.message || "Question added." });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Log a question you were asked">
      <FormAlert {...alert} />
      <input type="hidden" {...register("interviewId")} />
      <TextareaField
        id="question-text"
        label="Question you were asked"
        rows={2}
        error={errors.text?.message}
        {...register("text")}
      />
      <div className="row g-3 mb-3">
        <SelectField
          id="question-type"
          label="Type"
          optional
          wrapperClassName="col-md-4"
          error={errors.type?.message}
          {...register("type")}
          options={QUESTION_TYPE_LABELS}
          emptyOption="Not sure"
        />
        <Field
          id="question-notes"
          label="Notes"
          optional
          wrapperClassName="col-md-8"
          placeholder="How you answered, what to improve"
          error={errors.notes?.message}
          {...register("notes")}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Adding…" : "Add question"}
      </button>
    </form>
  );
}
