"use client";
import { useWatch } from "react-hook-form";
import { saveNotes } from "@/lib/company-prep/actions";
import { MAX_NOTES_CHARS, NotesSchema, type PrepType } from "@/lib/company-prep/schema";
import { idle } from "@/lib/actions/state";
import { CharacterCount, TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { slug: string; prepType: PrepType; label: string; notes: string | null };

/** Free-text notes for one prep type, saved with a button. */
export function NotesForm({ slug, prepType, label, notes }: Props) {
  const {
    register,
    control,
    onSubmit,
    alert,
    setAlert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: NotesSchema,
    defaultValues: { slug, prepType, notes: notes ?? "" },
    action: (values) => saveNotes(idle, values),
    onSuccess() {
      setAlert({ kind: "success", message: `${label} notes saved.` });
    },
    offlineMessage: "We could not reach the server. Your notes are still here; try saving again.",
  });
  const length = useWatch({ control, name: "notes" })?.length ?? 0;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${label} notes`} className="mt-3">
      <input type="hidden" {...register("slug")} />
      <input type="hidden" {...register("prepType")} />
      <TextareaField
        id={`notes-${prepType}`}
        label={`${label} notes`}
        labelClassName="form-label small fw-semibold"
        wrapperClassName=""
        rows={3}
        hint={<CharacterCount length={length} max={MAX_NOTES_CHARS} />}
        error={errors.notes?.message}
        {...register("notes", { onChange: () => setAlert({ kind: "error", message: null }) })}
      />
      <div className="d-flex flex-wrap align-items-center gap-2 mt-2">
        <button type="submit" className="btn btn-sm btn-outline-primary" disabled={pending}>
          {pending ? "Saving…" : "Save notes"}
        </button>
      </div>
      <div className="mt-2 small">
        <FormAlert {...alert} />
      </div>
    </form>
  );
}
