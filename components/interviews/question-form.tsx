"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { logQuestionAction } from "@/lib/interviews/actions";
import { QUESTION_TYPE_LABELS, QuestionSchema, type QuestionInput, type QuestionValues } from "@/lib/interviews/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";

/** Logs a question the user was asked; it joins their personal practice list. */
export function QuestionForm({ interviewId }: { interviewId: string }) {
  const [alert, setAlert] = useState<{ kind: "error" | "success"; message: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<QuestionInput, unknown, QuestionValues>({
    resolver: zodResolver(QuestionSchema),
    defaultValues: { interviewId, text: "", type: "", notes: "" },
  });

  async function onSubmit(values: QuestionValues) {
    setAlert(null);
    const state = await logQuestionAction(idle, values);
    if (state.status === "error") {
      for (const [field, messages] of Object.entries(state.fieldErrors)) {
        if (field === "text" || field === "type" || field === "notes") setError(field, { message: messages[0] });
      }
      setAlert({ kind: "error", message: state.message });
      return;
    }
    reset({ interviewId, text: "", type: "", notes: "" });
    setAlert({
      kind: "success",
      message: state.status === "success" && state.message ? state.message : "Question added.",
    });
  }

  const invalid = (name: "text" | "type" | "notes", hint?: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hint, errors[name] ? `question-${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });
  const errorText = (name: "text" | "type" | "notes") =>
    errors[name] ? (
      <div id={`question-${name}-error`} className="invalid-feedback d-block">
        {errors[name]?.message}
      </div>
    ) : null;

  return (
    <form
      onSubmit={handleSubmit(onSubmit, () =>
        setAlert({ kind: "error", message: "Please correct the highlighted fields." }),
      )}
      noValidate
      aria-label="Log a question you were asked"
    >
      <FormAlert kind={alert?.kind ?? "error"} message={alert?.message} />
      <input type="hidden" {...register("interviewId")} />
      <div className="mb-3">
        <label htmlFor="question-text" className="form-label">
          Question you were asked
        </label>
        <textarea
          id="question-text"
          rows={2}
          className={`form-control${errors.text ? " is-invalid" : ""}`}
          {...register("text")}
          {...invalid("text")}
        />
        {errorText("text")}
      </div>
      <div className="row g-3 mb-3">
        <div className="col-md-4">
          <label htmlFor="question-type" className="form-label">
            Type <span className="text-body-secondary">(optional)</span>
          </label>
          <select
            id="question-type"
            className={`form-select${errors.type ? " is-invalid" : ""}`}
            {...register("type")}
            {...invalid("type")}
          >
            <option value="">Not sure</option>
            {Object.entries(QUESTION_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {errorText("type")}
        </div>
        <div className="col-md-8">
          <label htmlFor="question-notes" className="form-label">
            Notes <span className="text-body-secondary">(optional)</span>
          </label>
          <input
            id="question-notes"
            className={`form-control${errors.notes ? " is-invalid" : ""}`}
            placeholder="How you answered, what to improve"
            {...register("notes")}
            {...invalid("notes")}
          />
          {errorText("notes")}
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add question"}
      </button>
    </form>
  );
}
