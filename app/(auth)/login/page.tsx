import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/safe-redirect";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Log in" };

type Search = Promise<{ callbackUrl?: string; registered?: string; loggedOut?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  if (await getUser()) redirect(safeCallbackUrl(params.callbackUrl));
  const notice = params.registered
    ? "Your account is ready. Log in to continue."
    : params.loggedOut
      ? "You have logged out."
      : undefined;
  return (
    <div className="container">
      <div className="card auth-card shadow-sm">
        <div className="card-body p-4">
          <h1 className="h3 mb-4">Log in</h1>
          <LoginForm callbackUrl={params.callbackUrl} notice={notice} />
        </div>
      </div>
    </div>
  );
}
