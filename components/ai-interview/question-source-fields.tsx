"use client";
import Link from "next/link";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { CharacterCount, CheckField, TextareaField } from "@/components/ui/field";
import { MAX_JOB_DESCRIPTION_CHARS } from "@/lib/ai/schema";
import { QUESTION_SOURCE_LABELS, QUESTION_SOURCES, type QuestionSourceKind, type SetupInput } from "@/lib/interview-session/schema";

type Props = {
  register: UseFormRegister<SetupInput>;
  errors: FieldErrors<SetupInput>;
  chosen: QuestionSourceKind;
  /** The pasted job description as typed, for its character count. */
  jobDescription: string;
  /** Whether the user has an active resume with text; without one, that source is offered but disabled, with the way to get one. */
  hasResume: boolean;
};

const HINTS: Record<QuestionSourceKind, string> = {
  bank: "Questions for the role and level above.",
  job: "Questions about the skills and duties the posting names, each saying why it was chosen.",
  resume: "Questions about what your active resume claims: how you did it, and how you measured it.",
};

/** "Questions from": the bank, a pasted job description, or the active resume (issue 15, part 2). */
export function QuestionSourceFields({ register, errors, chosen, jobDescription, hasResume }: Props) {
  const sourceError = errors.questionSource?.message;
  return (
    <fieldset className="col-12" aria-describedby="questionSource-hint">
      <legend className="form-label fs-6 mb-1">Questions from</legend>
      <div className="d-flex flex-wrap gap-3">
        {QUESTION_SOURCES.map((source) => (
          <CheckField
            key={source}
            id={`questionSource-${source}`}
            type="radio"
            value={source}
            label={QUESTION_SOURCE_LABELS[source]}
            disabled={source === "resume" && !hasResume}
            invalid={Boolean(sourceError)}
            {...register("questionSource")}
          />
        ))}
      </div>
      <div id="questionSource-hint" className="form-text">
        {HINTS[chosen]}
        {!hasResume ? (
          <>
            {" "}
            To ask about your resume, <Link href="/resume">upload one</Link> first.
          </>
        ) : null}
      </div>
      {sourceError ? <div className="invalid-feedback d-block">{sourceError}</div> : null}
      {chosen === "job" ? (
        <TextareaField
          id="jobDescription"
          label="Job description"
          rows={8}
          wrapperClassName="mt-3"
          placeholder="Paste the whole posting: the role, what you would do, and what they ask for."
          error={errors.jobDescription?.message}
          hint={<CharacterCount length={jobDescription.length} max={MAX_JOB_DESCRIPTION_CHARS} />}
          {...register("jobDescription")}
        />
      ) : null}
    </fieldset>
  );
}
