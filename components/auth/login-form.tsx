"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signInWithCredentials } from "@/lib/auth/client";
import { LoginSchema, type LoginInput } from "@/lib/auth/schema";
import { safeCallbackUrl } from "@/lib/safe-redirect";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

const WRONG_CREDENTIALS = "Email or password is incorrect.";
const NETWORK_ERROR = "Could not reach the server. Check your connection and try again.";

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(LoginSchema) });

  async function onSubmit(values: LoginInput) {
    setMessage(null);
    const error = await signInWithCredentials(values.email, values.password).catch(() => "network");
    if (error) {
      setMessage(error === "CredentialsSignin" ? WRONG_CREDENTIALS : error === "network" ? NETWORK_ERROR : error);
      return;
    }
    router.replace(safeCallbackUrl(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Log in">
      {notice ? <FormAlert kind="info" message={notice} /> : null}
      <FormAlert kind="error" message={message} />
      <Field id="email" label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <Field
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <button type="submit" className="btn btn-primary w-100" disabled={isSubmitting}>
        {isSubmitting ? "Logging in…" : "Log in"}
      </button>
      <p className="mt-3 mb-0 text-center">
        New here? <Link href="/register">Create an account</Link>
      </p>
    </form>
  );
}
