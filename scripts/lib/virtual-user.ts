// One simulated student of `npm run load`: logs in, creates a share link, then
// picks activities by the weights of scripts/lib/load-mix.ts with a pause between
// them until the run's deadline. Every request is timed under an endpoint name
// and every write the server acknowledges is recorded for the lost-write check.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { BASELINE, pickStep, seededRandom, thinkTime, type MixStep } from "./load-mix";
import type { Sample } from "./load-stats";
import { PASSWORD } from "./load-users";
import { chunkKeyOf, sha256, type AckedWrite } from "./lost-writes";
import { actionHeaders, formActionBody, jsonActionBody } from "./server-actions";

export type RunShared = {
  /** Where the users send requests: the app, or the proxy in front of two instances. */
  url: string;
  thinkMs: number;
  /** Epoch ms after which no user starts another step. */
  deadline: number;
  chunkBytes: number;
  chunksPerRecording: number;
  samples: Sample[];
  acked: AckedWrite[];
  shareTokens: string[];
  resumes: Uint8Array<ArrayBuffer>[];
  actions: { upload: string; share: string; logAttempt: string };
  dsaSlugs: string[];
};

type Reply = { status: number; body: string; headers: Headers };
type Call = RequestInit & { ok?: (reply: Reply) => boolean };

const ROLES = ["Backend engineer", "Frontend engineer", "Data analyst", "Product manager", "QA engineer", "DevOps engineer", "Mobile engineer", "UX designer", "Data scientist"];
const ANSWER =
  "In my last role our checkout API timed out at peak. I was responsible for the fix, so I profiled it, added a cache and moved emails to a queue. As a result p99 latency fell from 2 s to 300 ms.";
const GRAMMAR_TEXT =
  "Yesterday I go to the interview and I explain them my project. Since two years I am working on a payments team, and I am agree that testing are important for a quality.";
const JOB_DESCRIPTION =
  "We are hiring a backend engineer with TypeScript, Node.js, PostgreSQL and AWS experience to build payment APIs. Kubernetes and Terraform are a plus.";
/** A request hanging longer than this counts as failed (status 0), so a stuck server cannot stall the run. */
const REQUEST_TIMEOUT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const is2xx = (reply: Reply) => reply.status >= 200 && reply.status < 300;

/**
 * Runs one user until the deadline. With `script`, the user runs those steps once,
 * in order, instead of picking by weight (the warm-up, which loads every route's
 * code before anything is timed).
 */
export async function runVirtualUser(
  shared: RunShared,
  user: { email: string; cookie?: string },
  n: number,
  startDelayMs: number,
  script?: readonly MixStep[],
): Promise<void> {
  const { email } = user;
  const random = seededRandom(n + 1);
  let cookie = user.cookie ?? "";
  const think = () => sleep(thinkTime(shared.thinkMs, random()));

  async function call(endpoint: string, path: string, init: Call = {}): Promise<Reply | null> {
    const at = Date.now();
    const start = performance.now();
    try {
      const response = await fetch(`${shared.url}${path}`, { redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...init });
      const reply = { status: response.status, body: await response.text(), headers: response.headers };
      shared.samples.push({ endpoint, ms: performance.now() - start, status: reply.status, ok: (init.ok ?? is2xx)(reply), at });
      return reply;
    } catch {
      shared.samples.push({ endpoint, ms: performance.now() - start, status: 0, ok: false, at });
      return null;
    }
  }
  const json = (method: "POST", body: unknown): RequestInit => ({
    method,
    headers: { "content-type": "application/json", cookie, origin: shared.url },
    body: JSON.stringify(body),
  });
  const page = (): RequestInit => ({ headers: { cookie } });
  /** A server action's state came back as success (an error state is still HTTP 200). */
  const actionOk = (reply: Reply) => reply.status === 200 && reply.body.includes('"status":"success"');

  async function logIn(): Promise<boolean> {
    const csrf = await call("GET /api/auth/csrf", "/api/auth/csrf");
    if (!csrf || csrf.status !== 200) return false;
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const sessionOf = (reply: Reply) => reply.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    const reply = await call("POST /api/auth/callback/credentials", "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: shared.url },
      body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
      ok: (r) => sessionOf(r) !== undefined,
    });
    const session = reply && sessionOf(reply);
    if (session) cookie = session.split(";")[0]!;
    return session !== undefined;
  }

  async function createShareLink() {
    const reply = await call("action createShareLink (POST /sharing)", "/sharing", {
      method: "POST",
      headers: { ...actionHeaders(shared.url, shared.actions.share, cookie), "content-type": "text/plain;charset=UTF-8" },
      body: jsonActionBody({ scope: "dashboard", sessionId: "", expiresInDays: "" }),
      ok: actionOk,
    });
    const token = reply?.body.match(/"token":"([A-Za-z0-9_-]+)"/)?.[1];
    if (token) shared.shareTokens.push(token);
  }

  async function interview() {
    const reply = await call("POST /api/ai-interview/sessions", "/api/ai-interview/sessions", json("POST", { role: ROLES[n % ROLES.length], level: "mid", format: "mixed", count: 3 }));
    if (!reply || reply.status !== 200) return;
    const session = JSON.parse(reply.body) as { id: string; questions: { answerId: string }[] };
    for (const [i, question] of session.questions.entries()) {
      await think();
      const answer = `${ANSWER} (student ${n}, answer ${question.answerId.slice(-6)}, ${i + 1})`;
      const saved = await call(
        "POST /api/ai-interview/sessions/[id]/answers",
        `/api/ai-interview/sessions/${session.id}/answers`,
        json("POST", { answerId: question.answerId, answer, durationSeconds: 40 }),
      );
      if (saved?.status === 200 && (JSON.parse(saved.body) as { saved?: boolean }).saved) {
        shared.acked.push({ kind: "answer", key: question.answerId, sha256: sha256(answer) });
      }
    }
  }

  async function avatar() {
    const reply = await call("POST /api/avatar-interview/sessions", "/api/avatar-interview/sessions", json("POST", { role: ROLES[(n + 3) % ROLES.length], level: "mid", count: 2 }));
    if (!reply || reply.status !== 200) return;
    const session = JSON.parse(reply.body) as { id: string; questions: { answerId: string }[] };
    const base = `/api/avatar-interview/sessions/${session.id}`;
    for (let index = 0; index < shared.chunksPerRecording; index++) {
      await sleep(thinkTime(shared.thinkMs / 2, random()));
      const data = randomBytes(shared.chunkBytes);
      // The first bytes of a WebM file (EBML header), which the server checks on chunk 0.
      if (index === 0) data.set([0x1a, 0x45, 0xdf, 0xa3], 0);
      let stored = false;
      // The browser's recorder sends a refused chunk again before moving on; so does this one, twice.
      for (let attempt = 0; attempt < 3 && !stored; attempt++) {
        if (attempt > 0) await sleep(1_000);
        const sent = await call("POST /api/avatar-interview/sessions/[id]/recording/chunks", `${base}/recording/chunks?index=${index}`, {
          method: "POST",
          headers: { "content-type": "video/webm;codecs=vp8,opus", cookie, origin: shared.url },
          body: data,
        });
        stored = sent?.status === 200;
      }
      if (!stored) return;
      shared.acked.push({ kind: "chunk", key: chunkKeyOf(session.id, index), sha256: sha256(data) });
    }
    const first = session.questions[0];
    if (first) {
      const answer = `${ANSWER} (video, student ${n}, ${first.answerId.slice(-6)})`;
      const saved = await call("POST /api/avatar-interview/sessions/[id]/answers", `${base}/answers`, json("POST", { answerId: first.answerId, answer, durationSeconds: 30, recordingOffsetMs: 1_000 }));
      if (saved?.status === 200 && (JSON.parse(saved.body) as { saved?: boolean }).saved) {
        shared.acked.push({ kind: "answer", key: first.answerId, sha256: sha256(answer) });
      }
    }
    await call("POST /api/avatar-interview/sessions/[id]/recording/complete", `${base}/recording/complete`, json("POST", { durationMs: 30_000, mime: "video/webm" }));
  }

  async function resume() {
    const file = shared.resumes[n % shared.resumes.length]!;
    const redirectOf = (r: Reply) => r.headers.get("x-action-redirect")?.match(/^\/resume\/([^;/?]+)/)?.[1];
    const reply = await call("action uploadResume (POST /resume)", "/resume", {
      method: "POST",
      headers: actionHeaders(shared.url, shared.actions.upload, cookie),
      body: formActionBody({ file: new Blob([file], { type: "application/pdf" }), jobDescription: JOB_DESCRIPTION }, { file: `resume-${n}.pdf` }),
      ok: (r) => redirectOf(r) !== undefined,
    });
    const id = reply && redirectOf(reply);
    if (!id) return;
    shared.acked.push({ kind: "upload", key: id, sha256: sha256(file) });
    await think();
    await call("GET /resume/[id]", `/resume/${id}`, page());
  }

  async function dsa() {
    await call("GET /dsa", "/dsa", page());
    if (random() < 0.5) return;
    await think();
    const slug = shared.dsaSlugs[Math.floor(random() * shared.dsaSlugs.length)]!;
    await call("action logAttempt (POST /dsa/problems/[slug])", `/dsa/problems/${slug}`, {
      method: "POST",
      headers: { ...actionHeaders(shared.url, shared.actions.logAttempt, cookie), "content-type": "text/plain;charset=UTF-8" },
      body: jsonActionBody({ slug, solved: "yes", attempts: "1", timeTaken: "25", solutionCode: "", notes: "", rating: "good" }),
      ok: actionOk,
    });
  }

  const steps: Record<MixStep, () => Promise<unknown>> = {
    login: logIn,
    dashboard: async () => {
      await call("GET /dashboard", "/dashboard", page());
      await think();
      await call("GET /analytics", "/analytics", page());
    },
    interview,
    grammar: () => call("POST /api/english/grammar", "/api/english/grammar", json("POST", { text: GRAMMAR_TEXT })),
    resume,
    avatar,
    // A reviewer opening a link someone sent them: logged out, another student's link.
    "share-view": async () => {
      const token = shared.shareTokens[Math.floor(random() * shared.shareTokens.length)];
      if (token) await call("GET /share/[token]", `/share/${token}`);
    },
    "dsa-queue": dsa,
    ping: () => call(BASELINE, "/api/bench/ping"),
  };

  await sleep(startDelayMs);
  if (!cookie && !(await logIn())) return;
  await think();
  // One student in ten shares their dashboard; the reviewers of share-view open those links.
  if (n % 10 === 0) await createShareLink();
  if (script) {
    for (const step of script) await steps[step]();
    return;
  }
  while (Date.now() < shared.deadline) {
    await think();
    if (Date.now() >= shared.deadline) break;
    await steps[pickStep(random())]();
  }
}
