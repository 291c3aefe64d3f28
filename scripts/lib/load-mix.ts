// The realistic request mix shared by `npm run load` and `npm run load:faults`:
// start a session, answer its three questions, fetch questions, read the
// dashboard. Records every answer the server acknowledged as saved.
import autocannon from "autocannon";
import bcrypt from "bcryptjs";
import pg from "pg";
import { randomUUID } from "node:crypto";

export const PASSWORD = "load-test-password";
const ANSWER =
  "In my last role our checkout API timed out at peak. I was responsible for the fix, so I profiled it, added a cache and moved emails to a queue. As a result p99 latency fell from 2 s to 300 ms.";

// Real users practise different roles; one role would soon exhaust the questions
// a user has not answered recently (the app never repeats those).
const ROLES = ["Backend engineer", "Frontend engineer", "Data analyst", "Product manager", "QA engineer", "DevOps engineer", "Mobile engineer", "UX designer", "Data scientist", "Sales", "Marketing", "HR"];

type Context = { cookie?: string; sessionId?: string; answerIds?: string[] };

export async function createUsers(databaseUrl: string, count: number): Promise<string[]> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const hash = await bcrypt.hash(PASSWORD, 10);
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `load-${i}-${randomUUID().slice(0, 6)}@example.test`;
    await db.query(`INSERT INTO "user" (id, name, email, password_hash, updated_at) VALUES ($1, $2, $3, $4, now())`, [
      `load${randomUUID().replace(/-/g, "")}`,
      `Load User ${i}`,
      email,
      hash,
    ]);
    emails.push(email);
  }
  await db.end();
  return emails;
}

export async function login(url: string, email: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = (response.headers.getSetCookie?.() ?? []).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login failed for ${email}: ${response.status}`);
  return session.split(";")[0]!;
}


export type MixResult = { result: autocannon.Result; acknowledged: Set<string>; statuses: Map<number, number> };

/** Runs the mix against `url` with one logged-in cookie per user, round-robin. */
export async function runMix(options: {
  url: string;
  cookies: string[];
  connections: number;
  seconds: number;
  /** false leaves out HTML pages, so every status comes from the JSON API. */
  pages?: boolean;
}): Promise<MixResult> {
  const { url, cookies } = options;
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const acknowledged = new Set<string>();
    let nextUser = 0;

    const answerRequest = (index: number) => ({
      method: "POST" as const,
      setupRequest: (request: autocannon.Request, raw: object) => {
        const context = raw as Context;
        const answerId = context.answerIds?.[index];
        // Session creation failed: a falsy request makes autocannon start the cycle again (its types omit this).
        if (!context.sessionId || !answerId) return undefined as unknown as autocannon.Request;
        return {
          ...request,
          path: `/api/ai-interview/sessions/${context.sessionId}/answers`,
          headers: { "content-type": "application/json", cookie: context.cookie! },
          body: JSON.stringify({ answerId, answer: ANSWER, durationSeconds: 40 }),
        };
      },
      onResponse: (status: number, body: string, raw: object) => {
        const context = raw as Context;
        if (status === 200 && (JSON.parse(body) as { saved?: boolean }).saved) acknowledged.add(context.answerIds![index]!);
      },
    });

    const mixOptions = {
      url,
      connections: options.connections,
      duration: options.seconds,
      requests: [
        {
          method: "POST",
          path: "/api/ai-interview/sessions",
          setupRequest: (request: autocannon.Request, raw: object) => {
            const context = raw as Context;
            context.cookie = cookies[nextUser++ % cookies.length];
            return {
              ...request,
              headers: { "content-type": "application/json", cookie: context.cookie! },
              body: JSON.stringify({ role: ROLES[nextUser % ROLES.length], level: "mid", format: "mixed", count: 3 }),
            };
          },
          onResponse: (status: number, body: string, raw: object) => {
            const context = raw as Context;
            if (status !== 200) return;
            const session = JSON.parse(body) as { id: string; questions: { answerId: string }[] };
            context.sessionId = session.id;
            context.answerIds = session.questions.map((q) => q.answerId);
          },
        },
        answerRequest(0),
        answerRequest(1),
        answerRequest(2),
        {
          method: "POST",
          path: "/api/ai/questions",
          setupRequest: (request: autocannon.Request, raw: object) => ({
            ...request,
            headers: { "content-type": "application/json", cookie: (raw as Context).cookie! },
            body: JSON.stringify({ role: "Frontend engineer", level: "junior", count: 3 }),
          }),
        },
        ...(options.pages === false
          ? []
          : [
              {
                method: "GET" as const,
                path: "/dashboard",
                setupRequest: (request: autocannon.Request, raw: object) => ({ ...request, headers: { cookie: (raw as Context).cookie! } }),
              },
            ]),
      ],
    } satisfies autocannon.Options;
    // The callback form returns the instance, whose "response" event sees every status.
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(mixOptions, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on("response", (_client, status) => count(status));
    });

    return { result, acknowledged, statuses };
}

/** How many of the acknowledged answers are stored with their text. */
export async function countStored(databaseUrl: string, ids: string[]): Promise<number> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM session_answer WHERE id = ANY($1) AND answer_text IS NOT NULL",
      [ids],
    );
    return Number(rows[0]!.n);
  } finally {
    await db.end();
  }
}
