import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { RegisterForm } from "@/components/auth/register-form";

export const metadata: Metadata = { title: "Create account" };

export default async function RegisterPage() {
  if (await getUser()) redirect("/dashboard");
  return (
    <div className="container">
      <div className="card auth-card shadow-sm">
        <div className="card-body p-4">
          <h1 className="h3 mb-4">Create your account</h1>
          <RegisterForm />
        </div>
      </div>
    </div>
  );
}
