"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveNotes } from "@/lib/company-prep/actions";
import { MAX_NOTES_CHARS, NotesSchema, type Notes, type NotesInput, type PrepType } from "@/lib/company-prep/schema";
import { idle } from "@/lib/actions/state";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { slug: string; prepType: PrepType; label: string; notes: string | null };

/** Free-text notes for one prep type, saved with a button. */
export function NotesForm({ slug, prepType, label, notes }: Props) {
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<NotesInput, unknown, Notes>({
    resolver: zodResolver(NotesSchema),
    defaultValues: { slug, prepType, notes: notes ?? "" },
  });
  const length = useWatch({ control, name: "notes" })?.length ?? 0;
  const id = `notes-${prepType}`;
  const error = errors.notes?.message;

  async function onSubmit(values: Notes) {
    setMessage(null);
    try {
      const state = await saveNotes(idle, values);
      if (state.status === "error") {
        const fieldMessage = state.fieldErrors.notes?.[0];
        if (fieldMessage) setError("notes", { message: fieldMessage });
        setMessage({ kind: "error", text: state.message });
      } else {
        setMessage({ kind: "success", text: `${label} notes saved.` });
      }
    } catch {
      setMessage({ kind: "error", text: "We could not reach the server. Your notes are still here; try saving again." });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={`${label} notes`} className="mt-3">
      <input type="hidden" {...register("slug")} />
      <input type="hidden" {...register("prepType")} />
      <label htmlFor={id} className="form-label small fw-semibold">
        {label} notes
      </label>
      <textarea
        id={id}
        rows={3}
        className={`form-control${error ? " is-invalid" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        {...register("notes", { onChange: () => setMessage(null) })}
      />
      {error ? (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
      <div id={`${id}-count`} className={`form-text${length > MAX_NOTES_CHARS ? " text-danger" : ""}`}>
        {length.toLocaleString("en")} / {MAX_NOTES_CHARS.toLocaleString("en")} characters
      </div>
      <div className="d-flex flex-wrap align-items-center gap-2 mt-2">
        <button type="submit" className="btn btn-sm btn-outline-primary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save notes"}
        </button>
      </div>
      <div className="mt-2 small">
        <FormAlert kind={message?.kind ?? "success"} message={message?.text} />
      </div>
    </form>
  );
}
