"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { RegisterSchema, type RegisterInput } from "@/lib/auth/schema";
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
  } = useForm<RegisterInput>({ resolver: zodResolver(RegisterSchema) });

  async function onSubmit(values: RegisterInput) {
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
    const login = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (!login || login.error) {
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
      <button type="submit" className="btn btn-primary w-100" disabled={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account"}
      </button>
      <p className="mt-3 mb-0 text-center">
        Already registered? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
