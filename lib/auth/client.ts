// next-auth's credentials sign-in and sign-out, called from the browser with
// plain fetches. next-auth/react does the same with a client of about 12 KB
// gzipped, which would weigh on the first load of every page that has a login
// form or a log-out button.

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store" });
  if (!response.ok) throw new Error(`csrf: HTTP ${response.status}`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  };
}

/**
 * Signs in with email and password. Returns null on success, otherwise the error
 * next-auth reports: "CredentialsSignin" for wrong credentials, or the message an
 * authorize() failure carries (the login limiter's, for example).
 */
export async function signInWithCredentials(email: string, password: string): Promise<string | null> {
  const response = await fetch(
    "/api/auth/callback/credentials",
    form({ email, password, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" }),
  );
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, window.location.origin).searchParams.get("error");
  if (error) return error;
  return response.ok ? null : `HTTP ${response.status}`;
}

export async function signOut(callbackUrl: string): Promise<void> {
  const response = await fetch("/api/auth/signout", form({ csrfToken: await csrfToken(), callbackUrl, json: "true" }));
  if (!response.ok) throw new Error(`signout: HTTP ${response.status}`);
}
