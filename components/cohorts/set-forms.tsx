"use client";
import { useRouter } from "next/navigation";
import { addOwnQuestionAction, createQuestionSetAction, removeSetItemAction } from "@/lib/cohorts/actions";
import { AddOwnQuestionSchema, CreateSetSchema } from "@/lib/cohorts/schema";
import { idle } from "@/lib/actions/state";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { QUESTION_TYPE_LABELS } from "@/components/cohorts/labels";

/** Names a new set; the action then opens it to add questions. */
export function CreateSetForm() {
  const { register, onSubmit, alert, pending, formState: { errors } } = useActionForm({
    schema: CreateSetSchema,
    defaultValues: { name: "", description: "" },
    action: (values) => createQuestionSetAction(idle, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New question set" className="card card-body mb-4">
      <h2 className="h5">New question set</h2>
      <FormAlert {...alert} />
      <Field id="set-name" label="Name" placeholder="e.g. Backend week 3" error={errors.name?.message} {...register("name")} />
      <TextareaField id="set-description" label="Description" optional rows={2} error={errors.description?.message} {...register("description")} />
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Create set
        </button>
      </div>
    </form>
  );
}

/** An instructor's own question, with talking points the evaluator checks the answer against. */
export function OwnQuestionForm({ setId }: { setId: string }) {
  const router = useRouter();
  const { register, onSubmit, alert, setAlert, reset, pending, formState: { errors } } = useActionForm({
    schema: AddOwnQuestionSchema,
    defaultValues: { setId, text: "", type: "behavioral", talkingPoints: "" },
    // The raw textarea goes to the server, which splits it again with the same schema.
    action: (_values, raw) => addOwnQuestionAction(idle, raw),
    onSuccess: () => {
      reset({ setId, text: "", type: "behavioral", talkingPoints: "" });
      setAlert({ kind: "success", message: "Question added." });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Write your own question" className="card card-body mb-4">
      <h2 className="h5">Write your own question</h2>
      <FormAlert {...alert} />
      <input type="hidden" {...register("setId")} />
      <TextareaField id="own-text" label="Question" rows={2} error={errors.text?.message} {...register("text")} />
      <SelectField id="own-type" label="Type" error={errors.type?.message} {...register("type")}>
        {Object.entries(QUESTION_TYPE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextareaField
        id="own-points"
        label="Talking points"
        optional
        rows={3}
        hint="One per line: what a good answer covers. The feedback checks answers against them."
        error={errors.talkingPoints?.message}
        {...register("talkingPoints")}
      />
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Add question
        </button>
      </div>
    </form>
  );
}

export function RemoveItemButton({ setId, itemId, position }: { setId: string; itemId: string; position: number }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="btn btn-link btn-sm text-danger p-0"
      onClick={async () => {
        await removeSetItemAction(idle, { setId, itemId });
        router.refresh();
      }}
    >
      Remove<span className="visually-hidden"> question {position}</span>
    </button>
  );
}
