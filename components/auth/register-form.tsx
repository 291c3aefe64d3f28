"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signInWithCredentials } from "@/lib/auth/client";
import { RegisterSchema, type RegisterInput, type RegisterValues } from "@/lib/auth/schema";
import { register as registerAccount } from "@/lib/auth/actions";
import { idle } from "@/lib/actions/state";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function RegisterForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegisterInput, unknown, RegisterValues>({ resolver: zodResolver(RegisterSchema), defaultValues: { role: "student" } });

  async function onSubmit(values: RegisterValues) {
    setMessage(null);
    const state = await registerAccount(idle, values);
    if (state.status === "error") {
      for (const [field, messages] of Object.entries(state.fieldErrors)) {
        if (field === "name" || field === "email" || field === "password") {
          setError(field, { message: messages[0] });
        }
      }
      setMessage(state.message);
      return;
    }
    const error = await signInWithCredentials(values.email, values.password).catch(() => "network");
    if (error) {
      router.replace("/login?registered=1");
      return;
    }
    router.replace("/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Create account">
      <FormAlert kind="error" message={message} />
      <Field id="name" label="Name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <Field id="email" label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <Field
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={errors.password?.message}
        {...register("password")}
      />
      <fieldset className="mb-3">
        <legend className="form-label fs-6">I am</legend>
        <div className="form-check">
          <input className="form-check-input" type="radio" id="role-student" value="student" {...register("role")} />
          <label className="form-check-label" htmlFor="role-student">
            A student preparing for interviews
          </label>
        </div>
        <div className="form-check">
          <input className="form-check-input" type="radio" id="role-instructor" value="instructor" {...register("role")} />
          <label className="form-check-label" htmlFor="role-instructor">
            An instructor or coach reviewing students&apos; practice
          </label>
        </div>
      </fieldset>
      <button type="submit" className="btn btn-primary w-100" disabled={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account"}
      </button>
      <p className="mt-3 mb-0 text-center">
        Already registered? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
