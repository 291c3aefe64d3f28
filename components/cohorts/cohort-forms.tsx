"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { assignSetAction, createCohortAction, joinCohortAction, renewCohortCodeAction, revokeCohortCodeAction } from "@/lib/cohorts/actions";
import { AssignSetSchema, CreateCohortSchema, JoinCohortSchema } from "@/lib/cohorts/schema";
import { idle, type ActionState } from "@/lib/actions/state";
import { Field, SelectField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

export function CreateCohortForm() {
  const { register, onSubmit, alert, pending, formState: { errors } } = useActionForm({
    schema: CreateCohortSchema,
    defaultValues: { name: "" },
    action: (values) => createCohortAction(idle, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="New cohort" className="card card-body mb-4">
      <h2 className="h5">New cohort</h2>
      <FormAlert {...alert} />
      <Field id="cohort-name" label="Name" placeholder="e.g. Spring bootcamp" error={errors.name?.message} {...register("name")} />
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Create cohort
        </button>
      </div>
    </form>
  );
}

/** Revoke the current code (nobody new gets in) or replace it with a new one. */
export function CodeButtons({ cohortId, revoked }: { cohortId: string; revoked: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async (call: (state: typeof idle, input: { cohortId: string }) => Promise<ActionState<unknown>>) => {
    setError(null);
    const state = await call(idle, { cohortId });
    if (state.status === "error") setError(state.message);
    router.refresh();
  };
  return (
    <div className="d-flex flex-wrap gap-2">
      <FormAlert kind="error" message={error} />
      {revoked ? null : (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => run(revokeCohortCodeAction)}>
          Revoke code
        </button>
      )}
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => run(renewCohortCodeAction)}>
        New code
      </button>
    </div>
  );
}

export function AssignForm({ cohortId, sets }: { cohortId: string; sets: { id: string; name: string }[] }) {
  const router = useRouter();
  const { register, onSubmit, alert, setAlert, pending, formState: { errors } } = useActionForm({
    schema: AssignSetSchema,
    defaultValues: { cohortId, setId: sets[0]?.id ?? "", dueDate: "" },
    action: (values) => assignSetAction(idle, values),
    onSuccess: () => {
      setAlert({ kind: "success", message: "Set assigned." });
      router.refresh();
    },
  });
  if (sets.length === 0) return <p className="text-body-secondary">Create a question set first, then assign it here.</p>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Assign a set" className="row g-3 align-items-end mb-3">
      <div className="col-12">
        <FormAlert {...alert} />
      </div>
      <input type="hidden" {...register("cohortId")} />
      <SelectField id="assign-set" label="Question set" wrapperClassName="col-md-5" error={errors.setId?.message} {...register("setId")}>
        {sets.map((set) => (
          <option key={set.id} value={set.id}>
            {set.name}
          </option>
        ))}
      </SelectField>
      <Field id="assign-due" type="date" label="Due date" optional wrapperClassName="col-md-4" error={errors.dueDate?.message} {...register("dueDate")} />
      <div className="col-md-3">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Assign
        </button>
      </div>
    </form>
  );
}

export function JoinForm({ code }: { code: string }) {
  const router = useRouter();
  const { register, onSubmit, alert, setAlert, pending, formState: { errors } } = useActionForm({
    schema: JoinCohortSchema,
    defaultValues: { code },
    action: (values) => joinCohortAction(idle, values),
    onSuccess: (data) => {
      setAlert({ kind: "success", message: `You joined ${data.name}.` });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Join a cohort" className="card card-body mb-4">
      <h2 className="h5">Join a cohort</h2>
      <FormAlert {...alert} />
      <Field
        id="join-code"
        label="Cohort code"
        autoComplete="off"
        hint="The 8-character code your instructor gave you."
        error={errors.code?.message}
        {...register("code")}
      />
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Join
        </button>
      </div>
    </form>
  );
}
