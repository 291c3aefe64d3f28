"use client";
import { useState } from "react";
import { unstable_rethrow } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionState } from "@/lib/actions/state";

type Alert = { kind: "error" | "success"; message: string | null };

type Options<In extends FieldValues, Out extends FieldValues, R> = {
  /** The same zod schema the server action parses with; it validates in the browser first. */
  schema: z.ZodType<Out, In>;
  defaultValues: DefaultValues<In>;
  /**
   * Calls the server action with the valid values (and the raw ones, for an action that parses the
   * form's own strings again). Anything the payload needs beyond the fields is added here.
   */
  action: (values: Out, raw: In) => Promise<ActionState<R>>;
  /** Replaces the schema's resolver, for a check zod cannot see (a native input's badInput). */
  resolver?: Resolver<In, unknown, Out>;
  /** Runs after the action succeeded; most actions redirect instead and never get here. */
  onSuccess?: (data: R, values: Out, state: Extract<ActionState<R>, { status: "success" }>) => void | Promise<void>;
  /** A form-level message when the browser's own validation fails. */
  invalidMessage?: string;
  /** Shown when the action could not be reached at all; without it that error propagates. */
  offlineMessage?: string;
};

/**
 * One way to wire a form to a server action: react-hook-form validates with the action's zod
 * schema, a valid form calls the action, and what comes back lands where the user looks: the
 * server's field errors on their fields, its message in the form's alert.
 *
 * It awaits the action inside handleSubmit rather than going through useActionState because the
 * browser validates first and callers need the submitted values on success (to sign in, to reset);
 * forms that must work without JavaScript (the profile form) use useActionState directly.
 */
export function useActionForm<In extends FieldValues, Out extends FieldValues, R>(options: Options<In, Out, R>) {
  const { schema, defaultValues, action, resolver, onSuccess, invalidMessage, offlineMessage } = options;
  const [alert, setAlert] = useState<Alert>({ kind: "error", message: null });
  const form = useForm<In, unknown, Out>({ resolver: resolver ?? zodResolver(schema), defaultValues });

  async function submit(values: Out) {
    setAlert({ kind: "error", message: null });
    let state: ActionState<R>;
    try {
      state = await action(values, form.getValues());
    } catch (error) {
      // Next.js signals a redirect by throwing; that one must go through.
      unstable_rethrow(error);
      if (offlineMessage === undefined) throw error;
      setAlert({ kind: "error", message: offlineMessage });
      return;
    }
    if (state.status === "error") {
      for (const [field, messages] of Object.entries(state.fieldErrors)) {
        // The server names fields by the schema's paths, which are the form's field names.
        if (messages[0]) form.setError(field as Path<In>, { message: messages[0] });
      }
      setAlert({ kind: "error", message: state.message });
      return;
    }
    if (state.status === "success") await onSuccess?.(state.data, values, state);
  }

  const onSubmit = form.handleSubmit(submit, () => {
    if (invalidMessage) setAlert({ kind: "error", message: invalidMessage });
  });

  return { ...form, onSubmit, alert, setAlert, pending: form.formState.isSubmitting };
}
