"use client";
import Link from "next/link";
import { useRef } from "react";
import { useWatch, type Resolver } from "react-hook-form";
import { createInterviewAction, updateInterviewAction } from "@/lib/interviews/actions";
import { InterviewSchema, localOffset, type InterviewInput, type InterviewValues } from "@/lib/interviews/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  defaultsFor,
  isPastChoice,
  resolveInterview,
  type InterviewFormInitial,
} from "@/components/interviews/interview-form-values";
import { OutcomeFields, RoleFields, WhenFields } from "@/components/interviews/interview-form-sections";

type Props = {
  companies: { slug: string; name: string }[];
  /** The server's clock, so the past-date warning agrees with the list. */
  nowIso: string;
  /** The interview being edited; a new one when absent. */
  initial?: InterviewFormInitial;
};

/** Adds or edits a real interview; its rows live in interview-form-sections.tsx. */
export function InterviewForm({ companies, nowIso, initial }: Props) {
  const dateInputRef = useRef<HTMLInputElement | null>(null);
  // The date input is read when the form validates, not while it renders.
  const resolver: Resolver<InterviewInput, unknown, InterviewValues> = (...args) =>
    resolveInterview(dateInputRef.current?.validity.badInput === true, ...args);
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
  const section = { register, errors };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial ? "Edit interview" : "Add an interview"}>
      <FormAlert {...alert} />
      <div className="row g-3">
        <RoleFields {...section} companies={companies} company={company} />
        <WhenFields
          {...section}
          dateInputRef={dateInputRef}
          past={isPastChoice({ date, time, status }, new Date(nowIso))}
        />
        <OutcomeFields {...section} notesLength={typeof notes === "string" ? notes.length : 0} />
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
