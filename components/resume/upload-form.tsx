"use client";
import { Controller } from "react-hook-form";
import { uploadResumeAction } from "@/lib/resume/actions";
import { idle } from "@/lib/actions/state";
import { MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_LABEL, RESUME_ACCEPT, UploadSchema } from "@/lib/resume/schema";
import { Field, TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

export function UploadForm({ aiAvailable }: { aiAvailable: boolean }) {
  const {
    control,
    register,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: UploadSchema,
    defaultValues: { jobDescription: "" },
    // On success the action redirects to the new version's analysis; only failures return here.
    action: (values) => {
      const data = new FormData();
      data.set("file", values.file);
      if (values.jobDescription) data.set("jobDescription", values.jobDescription);
      return uploadResumeAction(idle, data);
    },
    offlineMessage: "We could not reach the server. Nothing was uploaded; try again.",
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Upload a resume">
      <FormAlert {...alert} />
      <Controller
        control={control}
        name="file"
        render={({ field }) => (
          <Field
            id="file"
            label="Resume file"
            name={field.name}
            ref={field.ref}
            type="file"
            accept={RESUME_ACCEPT}
            hint={`PDF or DOCX, up to ${MAX_RESUME_LABEL}. Scanned PDFs have no text to analyse: export from your word processor instead.`}
            error={errors.file?.message}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.currentTarget.files?.[0])}
          />
        )}
      />
      <TextareaField
        id="jobDescription"
        label="Job description"
        optional
        rows={6}
        maxLength={MAX_JOB_DESCRIPTION_CHARS}
        placeholder="Paste the job advert to see which of its keywords your resume covers"
        hint="Terms under “requirements” or “must” count as must-haves; “nice to have”, “bonus”, “preferred” and “plus” mark nice-to-haves."
        error={errors.jobDescription?.message}
        {...register("jobDescription")}
      />
      <div className="d-flex flex-wrap align-items-center gap-3">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Uploading and analysing…" : "Upload and analyse"}
        </button>
        <span className="small text-body-secondary">
          {aiAvailable
            ? "The analysis is computed locally; an AI review is added to it."
            : "The analysis is computed locally. An AI review is available when an AI provider is configured."}
        </span>
      </div>
    </form>
  );
}
