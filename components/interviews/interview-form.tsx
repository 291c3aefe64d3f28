"use client";
import Link from "next/link";
import { useRef } from "react";
import { useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createInterviewAction, updateInterviewAction } from "@/lib/interviews/actions";
import {
  IMPOSSIBLE_DATE_MESSAGE,
  InterviewSchema,
  MAX_NOTES_CHARS,
  PAST_DATE_WARNING,
  STATUS_LABELS,
  TIME_PATTERN,
  isPastUpcoming,
  isRealDate,
  localOffset,
  toInstant,
  toLocalInputs,
  type InterviewInput,
  type InterviewStatus,
  type InterviewValues,
} from "@/lib/interviews/schema";
import { LEVEL_LABELS } from "@/lib/interview-session/schema";
import { idle } from "@/lib/actions/state";
import { CharacterCount, Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

export type InterviewFormInitial = {
  id: string;
  company: string;
  position: string;
  level: string | null;
  dateIso: string;
  status: InterviewStatus;
  performance: number | null;
  notes: string | null;
};

type Props = {
  companies: { slug: string; name: string }[];
  /** The server's clock, so the past-date warning agrees with the list. */
  nowIso: string;
  /** The interview being edited; a new one when absent. */
  initial?: InterviewFormInitial;
};

const PERFORMANCE_LABELS = ["1 — poor", "2 — weak", "3 — fair", "4 — good", "5 — excellent"];
const baseResolver = zodResolver(InterviewSchema);

function defaultsFor(initial?: InterviewFormInitial): InterviewInput {
  if (!initial) {
    return {
      company: "",
      position: "",
      level: "",
      date: "",
      time: "09:00",
      tzOffset: new Date().getTimezoneOffset(),
      status: "upcoming",
      performance: "",
      notes: "",
    };
  }
  // The stored instant, shown on the reader's wall clock (this renders in the browser).
  const local = toLocalInputs(new Date(initial.dateIso));
  return {
    company: initial.company,
    position: initial.position,
    level: initial.level ?? "",
    ...local,
    status: initial.status,
    performance: initial.performance === null ? "" : String(initial.performance),
    notes: initial.notes ?? "",
  };
}

export function InterviewForm({ companies, nowIso, initial }: Props) {
  const dateInput = useRef<HTMLInputElement | null>(null);

  // A native date input reports 2026-02-30 as an empty value with badInput set;
  // name the real problem instead of "enter a date".
  const resolver: Resolver<InterviewInput, unknown, InterviewValues> = async (values, context, options) => {
    const result = await baseResolver(values, context, options);
    if (!dateInput.current?.validity.badInput) return result;
    return { values: {}, errors: { ...result.errors, date: { type: "validate", message: IMPOSSIBLE_DATE_MESSAGE } } };
  };

  const {
    register,
    onSubmit,
    alert,
    pending,
    control,
    formState: { errors },
  } = useActionForm({
    schema: InterviewSchema,
    resolver,
    defaultValues: defaultsFor(initial),
    invalidMessage: "Please correct the highlighted fields.",
    // On success the action redirects; only failures come back.
    action: (values) => {
      const payload = { ...values, tzOffset: localOffset(values) };
      return initial
        ? updateInterviewAction(idle, { ...payload, id: initial.id })
        : createInterviewAction(idle, payload);
    },
  });

  const [company, date, time, status, notes] = useWatch({
    control,
    name: ["company", "date", "time", "status", "notes"],
  });
  const profile = companies.find((c) => c.name.toLowerCase() === (company ?? "").trim().toLowerCase());
  const chosen =
    date && isRealDate(date) && time && TIME_PATTERN.test(time)
      ? toInstant({ date, time, tzOffset: localOffset({ date, time }) })
      : null;
  const past = chosen !== null && status !== undefined && isPastUpcoming({ status, date: chosen }, new Date(nowIso));
  const notesLength = typeof notes === "string" ? notes.length : 0;

  const dateField = register("date");

  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial ? "Edit interview" : "Add an interview"}>
      <FormAlert {...alert} />
      <div className="row g-3">
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
        <div className="col-6 col-md-3">
          <Field
            id="date"
            label="Date"
            type="date"
            error={errors.date?.message}
            {...dateField}
            ref={(element) => {
              dateField.ref(element);
              dateInput.current = element;
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
        >
          <option value="">Not specified</option>
          {Object.entries(LEVEL_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="col-12" role="status" aria-live="polite">
          {past ? (
            <div className="alert alert-warning py-2 mb-0" data-testid="past-date-warning">
              {PAST_DATE_WARNING}
            </div>
          ) : null}
        </div>
        <SelectField
          id="status"
          label="Status"
          wrapperClassName="col-6 col-md-3"
          error={errors.status?.message}
          {...register("status")}
        >
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="performance"
          label="Performance"
          wrapperClassName="col-6 col-md-3"
          hint="How it went, in your view."
          error={errors.performance?.message}
          {...register("performance")}
        >
          <option value="">Not rated</option>
          {PERFORMANCE_LABELS.map((label, index) => (
            <option key={label} value={String(index + 1)}>
              {label}
            </option>
          ))}
        </SelectField>
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
      </div>
      <div className="d-flex flex-wrap gap-2 mt-4">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Saving…" : initial ? "Save changes" : "Save interview"}
        </button>
        <Link href={initial ? `/interviews/${initial.id}` : "/interviews"} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
