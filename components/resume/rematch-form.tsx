"use client";
import { useState } from "react";
import { unstable_rethrow } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { rematchResumeAction } from "@/lib/resume/actions";
import { idle } from "@/lib/actions/state";
import { MAX_JOB_DESCRIPTION_CHARS, RematchSchema, type RematchInput } from "@/lib/resume/schema";
import { FormAlert } from "@/components/ui/form-alert";

/** Matches a stored version against another job description, from its saved text. */
export function RematchForm({ id, version }: { id: string; version: number }) {
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RematchInput, unknown, z.output<typeof RematchSchema>>({
    resolver: zodResolver(RematchSchema),
    defaultValues: { id, jobDescription: "" },
  });

  async function onSubmit(values: z.output<typeof RematchSchema>) {
    setMessage(null);
    try {
      // On success the action redirects back here with the new analysis.
      const state = await rematchResumeAction(idle, values);
      if (state.status === "error") {
        if (state.fieldErrors.jobDescription?.[0]) setError("jobDescription", { message: state.fieldErrors.jobDescription[0] });
        setMessage(state.message);
      }
    } catch (error) {
      unstable_rethrow(error);
      setMessage("We could not reach the server. Nothing was changed; try again.");
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`Match version ${version} against a job description`}>
      <FormAlert kind="error" message={message} />
      <input type="hidden" {...register("id")} />
      <div className="mb-3">
        <label htmlFor="rematch-jobDescription" className="form-label">
          Job description
        </label>
        <textarea
          id="rematch-jobDescription"
          rows={6}
          maxLength={MAX_JOB_DESCRIPTION_CHARS}
          className={`form-control${errors.jobDescription ? " is-invalid" : ""}`}
          aria-invalid={errors.jobDescription ? true : undefined}
          aria-describedby={`rematch-hint${errors.jobDescription ? " rematch-error" : ""}`}
          {...register("jobDescription")}
        />
        <div id="rematch-hint" className="form-text">
          Uses the text saved from this version; no need to upload the file again. The new match replaces the current one.
        </div>
        {errors.jobDescription ? (
          <div id="rematch-error" className="invalid-feedback d-block">
            {errors.jobDescription.message}
          </div>
        ) : null}
      </div>
      <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
        {isSubmitting ? "Matching…" : "Match this version"}
      </button>
    </form>
  );
}
