"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signInWithCredentials } from "@/lib/auth/client";
import { RegisterSchema } from "@/lib/auth/schema";
import { register as registerAccount } from "@/lib/auth/actions";
import { idle } from "@/lib/actions/state";
import { CheckField, Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";

export function RegisterForm() {
  const router = useRouter();
  const {
    register,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: RegisterSchema,
    defaultValues: { role: "student" },
    action: (values) => registerAccount(idle, values),
    async onSuccess(_data, values) {
      const error = await signInWithCredentials(values.email, values.password).catch(() => "network");
      if (error) {
        router.replace("/login?registered=1");
        return;
      }
      router.replace("/dashboard");
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create account">
      <FormAlert {...alert} />
      <Field id="name" label="Name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <Field
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...register("email")}
      />
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
        <CheckField
          id="role-student"
          type="radio"
          value="student"
          label="A student preparing for interviews"
          {...register("role")}
        />
        <CheckField
          id="role-instructor"
          type="radio"
          value="instructor"
          label="An instructor or coach reviewing students' practice"
          {...register("role")}
        />
      </fieldset>
      <button type="submit" className="btn btn-primary w-100" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="mt-3 mb-0 text-center">
        Already registered? <Link href="/login">Log in</Link>
      </p>
    </form>
  );
}
