"use client";
import type { RefObject } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { MAX_NOTES_CHARS, PAST_DATE_WARNING, STATUS_LABELS, type InterviewInput } from "@/lib/interviews/schema";
import { LEVEL_LABELS } from "@/lib/interview-session/schema";
import { CharacterCount, Field, SelectField, TextareaField } from "@/components/ui/field";
import { PERFORMANCE_LABELS } from "@/components/interviews/interview-form-values";

// The interview form's rows, in the order they stand in the grid. Each takes the form's
// register() and errors, so react-hook-form stays the one owner of the values.

type Section = {
  register: UseFormRegister<InterviewInput>;
  errors: FieldErrors<InterviewInput>;
};

/** Company (with the profiles as suggestions) and position. */
export function RoleFields({
  register,
  errors,
  companies,
  company,
}: Section & { companies: { slug: string; name: string }[]; company: string | undefined }) {
  const profile = companies.find((c) => c.name.toLowerCase() === (company ?? "").trim().toLowerCase());
  return (
    <>
      <div className="col-md-6">
        <Field
          id="company"
          label="Company"
          list="company-profiles"
          autoComplete="off"
          hint={
            profile
              ? `Matches the ${profile.name} profile: the prep plan will include its focus areas and checklist.`
              : "Pick from the list to get a company's prep plan, or type any name."
          }
          error={errors.company?.message}
          {...register("company")}
        />
        <datalist id="company-profiles">
          {companies.map((c) => (
            <option key={c.slug} value={c.name} />
          ))}
        </datalist>
      </div>
      <div className="col-md-6">
        <Field
          id="position"
          label="Position"
          placeholder="e.g. Backend engineer"
          error={errors.position?.message}
          {...register("position")}
        />
      </div>
    </>
  );
}

/** Date, local time, the offset they are read in, and the level beside them; then the past-date notice. */
export function WhenFields({
  register,
  errors,
  dateInputRef,
  past,
}: Section & { dateInputRef: RefObject<HTMLInputElement | null>; past: boolean }) {
  const dateField = register("date");
  return (
    <>
      <div className="col-6 col-md-3">
        <Field
          id="date"
          label="Date"
          type="date"
          error={errors.date?.message}
          {...dateField}
          ref={(element) => {
            // react-hook-form needs the element, and so does the resolver's badInput check.
            dateField.ref(element);
            dateInputRef.current = element;
          }}
        />
      </div>
      <div className="col-6 col-md-3">
        <Field
          id="time"
          label="Time"
          type="time"
          hint="Your local time."
          error={errors.time?.message}
          {...register("time")}
        />
      </div>
      <input type="hidden" {...register("tzOffset")} />
      <SelectField
        id="level"
        label="Level"
        optional
        wrapperClassName="col-md-6"
        error={errors.level?.message}
        {...register("level")}
        options={LEVEL_LABELS}
        emptyOption="Not specified"
      />
      {/* Always rendered, so screen readers announce the warning when it appears. */}
      <div className="col-12" role="status" aria-live="polite">
        {past ? (
          <div className="alert alert-warning py-2 mb-0" data-testid="past-date-warning">
            {PAST_DATE_WARNING}
          </div>
        ) : null}
      </div>
    </>
  );
}

/** Status, how it went, and notes. */
export function OutcomeFields({ register, errors, notesLength }: Section & { notesLength: number }) {
  return (
    <>
      <SelectField
        id="status"
        label="Status"
        wrapperClassName="col-6 col-md-3"
        error={errors.status?.message}
        {...register("status")}
        options={STATUS_LABELS}
      />
      <SelectField
        id="performance"
        label="Performance"
        wrapperClassName="col-6 col-md-3"
        hint="How it went, in your view."
        error={errors.performance?.message}
        {...register("performance")}
        options={PERFORMANCE_LABELS}
        emptyOption="Not rated"
      />
      <TextareaField
        id="notes"
        label="Notes"
        optional
        rows={5}
        wrapperClassName="col-12"
        hint={<CharacterCount length={notesLength} max={MAX_NOTES_CHARS} />}
        error={errors.notes?.message}
        {...register("notes")}
      />
    </>
  );
}
