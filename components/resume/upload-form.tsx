"use client";
import { useState } from "react";
import { unstable_rethrow } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { uploadResumeAction } from "@/lib/resume/actions";
import { idle } from "@/lib/actions/state";
import { MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_LABEL, RESUME_ACCEPT, UploadSchema, type Upload, type UploadInput } from "@/lib/resume/schema";
import { FormAlert } from "@/components/ui/form-alert";

export function UploadForm({ aiAvailable }: { aiAvailable: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UploadInput, unknown, Upload>({ resolver: zodResolver(UploadSchema), defaultValues: { jobDescription: "" } });

  async function onSubmit(values: Upload) {
    setMessage(null);
    const data = new FormData();
    data.set("file", values.file);
    if (values.jobDescription) data.set("jobDescription", values.jobDescription);
    try {
      // On success the action redirects to the new version's analysis; only failures return here.
      const state = await uploadResumeAction(idle, data);
      if (state.status === "error") {
        if (state.fieldErrors.file?.[0]) setError("file", { message: state.fieldErrors.file[0] });
        if (state.fieldErrors.jobDescription?.[0]) setError("jobDescription", { message: state.fieldErrors.jobDescription[0] });
        setMessage(state.message);
      }
    } catch (error) {
      // Next.js signals its redirect by throwing; that one must go through.
      unstable_rethrow(error);
      setMessage("We could not reach the server. Nothing was uploaded; try again.");
    }
  }

  const described = (name: keyof UploadInput, hint: boolean) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Upload a resume">
      <FormAlert kind="error" message={message} />
      <div className="mb-3">
        <label htmlFor="file" className="form-label">
          Resume file
        </label>
        <Controller
          control={control}
          name="file"
          render={({ field }) => (
            <input
              id="file"
              name={field.name}
              ref={field.ref}
              type="file"
              accept={RESUME_ACCEPT}
              className={`form-control${errors.file ? " is-invalid" : ""}`}
              onBlur={field.onBlur}
              onChange={(event) => field.onChange(event.currentTarget.files?.[0])}
              {...described("file", true)}
            />
          )}
        />
        <div id="file-hint" className="form-text">
          PDF or DOCX, up to {MAX_RESUME_LABEL}. Scanned PDFs have no text to analyse: export from your word processor instead.
        </div>
        {errors.file ? (
          <div id="file-error" className="invalid-feedback d-block">
            {errors.file.message}
          </div>
        ) : null}
      </div>
      <div className="mb-3">
        <label htmlFor="jobDescription" className="form-label">
          Job description <span className="text-body-secondary">(optional)</span>
        </label>
        <textarea
          id="jobDescription"
          rows={6}
          maxLength={MAX_JOB_DESCRIPTION_CHARS}
          className={`form-control${errors.jobDescription ? " is-invalid" : ""}`}
          placeholder="Paste the job advert to see which of its keywords your resume covers"
          {...register("jobDescription")}
          {...described("jobDescription", true)}
        />
        <div id="jobDescription-hint" className="form-text">
          Terms under “requirements” or “must” count as must-haves; “nice to have”, “bonus”, “preferred” and “plus” mark nice-to-haves.
        </div>
        {errors.jobDescription ? (
          <div id="jobDescription-error" className="invalid-feedback d-block">
            {errors.jobDescription.message}
          </div>
        ) : null}
      </div>
      <div className="d-flex flex-wrap align-items-center gap-3">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? "Uploading and analysing…" : "Upload and analyse"}
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
