"use client";
import { rematchResumeAction } from "@/lib/resume/actions";
import { idle } from "@/lib/actions/state";
import { MAX_JOB_DESCRIPTION_CHARS, RematchSchema } from "@/lib/resume/schema";
import { TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

/** Matches a stored version against another job description, from its saved text. */
export function RematchForm({ id, version }: { id: string; version: number }) {
  const {
    register,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: RematchSchema,
    defaultValues: { id, jobDescription: "" },
    // On success the action redirects back here with the new analysis.
    action: (values) => rematchResumeAction(idle, values),
    offlineMessage: "We could not reach the server. Nothing was changed; try again.",
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Match version ${version} against a job description`}>
      <FormAlert {...alert} />
      <input type="hidden" {...register("id")} />
      <TextareaField
        id="rematch-jobDescription"
        label="Job description"
        rows={6}
        maxLength={MAX_JOB_DESCRIPTION_CHARS}
        hint="Uses the text saved from this version; no need to upload the file again. The new match replaces the current one."
        error={errors.jobDescription?.message}
        {...register("jobDescription")}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Matching…" : "Match this version"}
      </button>
    </form>
  );
}
