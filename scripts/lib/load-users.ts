// Accounts for the load scripts and the bench: distinct users, so every per-user
// budget (rate limits, question history) is spent the way real students spend it.
import bcrypt from "bcryptjs";
import pg from "pg";
import { createHash, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";

export const PASSWORD = "load-test-password";

/** Inserts `count` users sharing one password hash (hashing 300 times would only slow the setup). */
export async function createUsers(databaseUrl: string, count: number): Promise<string[]> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const hash = await bcrypt.hash(PASSWORD, 10);
    const tag = randomUUID().slice(0, 6);
    const emails = Array.from({ length: count }, (_, i) => `load-${i}-${tag}@example.test`);
    await db.query(
      `INSERT INTO "user" (id, name, email, password_hash, updated_at)
       SELECT 'load' || md5(e), 'Load User ' || n, e, $2, now() FROM unnest($1::text[]) WITH ORDINALITY AS u(e, n)`,
      [emails, hash],
    );
    return emails;
  } finally {
    await db.end();
  }
}

/** Logs in the way the login form does (CSRF token, then the credentials callback) and returns the session cookie. */
export async function login(url: string, email: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: url },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login failed for ${email}: ${response.status}`);
  return session.split(";")[0]!;
}

/**
 * The session cookie the credentials callback would set for `email` (the JWT
 * lib/auth/options.ts writes). The load scripts start their users already logged
 * in with it: 300 bcrypt checks at once would spend the run's first minute on
 * one activity, while real students log in spread over a day. Logging in stays
 * in the mix as a timed step.
 */
export async function sessionCookie(secret: string, email: string): Promise<string> {
  const id = `load${createHash("md5").update(email).digest("hex")}`;
  const token = await encode({ secret, token: { sub: id, email, name: email, uid: id, role: "student" } });
  return `next-auth.session-token=${token}`;
}
