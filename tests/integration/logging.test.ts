// What the app writes to its logs while serving real requests: every line carries
// the request id (or the job id), and no password, token or answer text appears.
// The logger is the app's own configuration writing into memory instead of stdout.
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { signInAs } from "../support/session-mock";
import { startFakeGemini, type FakeGemini } from "../fakes/gemini-server";

const lines = vi.hoisted(() => [] as string[]);
const request = vi.hoisted(() => ({ id: "" }));

vi.mock("@/lib/logger", async () => {
  const { default: pino } = await import("pino");
  const actual = await vi.importActual<typeof import("@/lib/logger")>("@/lib/logger");
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { loggerOptions: actual.loggerOptions, logger: pino({ ...actual.loggerOptions, level: "info" }, sink) };
});
vi.mock("@/lib/auth/session", () => import("../support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": request.id }),
  cookies: async () => ({ get: () => undefined }),
}));

type Logged = Record<string, unknown> & { msg: string };
const parsed = (): Logged[] => lines.map((line) => JSON.parse(line) as Logged);

let fake: FakeGemini;
let db: typeof import("@/lib/db").db;
let createUser: typeof import("../factories").createUser;

beforeAll(async () => {
  fake = await startFakeGemini();
  process.env.GEMINI_API_KEY = "test-key-not-secret";
  process.env.GEMINI_BASE_URL = fake.url;
  process.env.GEMINI_TIMEOUT_MS = "300";
  db = (await import("@/lib/db")).db;
  createUser = (await import("../factories")).createUser;
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  lines.length = 0;
  fake.reset();
});

// A marker no log line may ever contain: it stands for the user's private answer.
const SECRET = "zebra-marmalade-4417";
const ANSWER = `In my last role I led the migration (${SECRET}) and cut deploy time from 40 to 12 minutes, which sped up every release.`;

async function sessionWithQuestions() {
  const person = await createUser();
  signInAs(person);
  const { startSession } = await import("@/lib/interview-session/service");
  const started = await startSession(person.id, "text", { role: "Backend engineer", level: "mid", format: "mixed", count: 2 });
  const answers = await db().sessionAnswer.findMany({
    where: { sessionId: started.id, userId: person.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { sessionId: started.id, answerIds: answers.map((answer) => answer.id) };
}

describe("logs", () => {
  it("carry the request id of a route handler's request and never the answer text", async () => {
    const { sessionId, answerIds } = await sessionWithQuestions();
    fake.setMode("error500");
    lines.length = 0;
    const { POST } = await import("@/app/api/ai-interview/sessions/[id]/answers/route");
    const response = await POST(
      new NextRequest(`http://localhost/api/ai-interview/sessions/${sessionId}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "route-req-0001" },
        body: JSON.stringify({ answerId: answerIds[0], answer: ANSWER }),
      }),
      { params: Promise.resolve({ id: sessionId }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("route-req-0001");

    const logged = parsed();
    expect(logged.map((line) => line.msg)).toContain("AI evaluation failed; using the local evaluator");
    for (const line of logged) expect(line.requestId).toBe("route-req-0001");
    expect(lines.join("\n")).not.toContain(SECRET);
  });

  it("carry the request id of a server action's request and never the answer text", async () => {
    const { sessionId, answerIds } = await sessionWithQuestions();
    fake.setMode("error500");
    request.id = "action-req-0002";
    lines.length = 0;
    const { answerQuestion } = await import("@/lib/interview-session/actions");
    const state = await answerQuestion({ status: "idle" }, { sessionId, answerId: answerIds[0]!, answer: ANSWER });
    expect(state.status).toBe("success");

    const logged = parsed();
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line.requestId).toBe("action-req-0002");
    expect(lines.join("\n")).not.toContain(SECRET);
  });

  it("replace a request id that is not an id, so clients cannot write into the logs", async () => {
    const { sessionId, answerIds } = await sessionWithQuestions();
    fake.setMode("error500");
    lines.length = 0;
    const { POST } = await import("@/app/api/ai-interview/sessions/[id]/answers/route");
    const response = await POST(
      new NextRequest(`http://localhost/api/ai-interview/sessions/${sessionId}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "evil\", \"level\": 60, \"msg\": \"forged" },
        body: JSON.stringify({ answerId: answerIds[1], answer: ANSWER }),
      }),
      { params: Promise.resolve({ id: sessionId }) },
    );
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const line of parsed()) expect(line.requestId).toBe(id);
  });

  it("carry the job id of a background job", async () => {
    const { runWithContext } = await import("@/lib/request-context");
    const { logger } = await import("@/lib/logger");
    runWithContext({ jobId: "job-123", queue: "roadmap-generate" }, () => logger.warn("working"));
    expect(parsed()).toEqual([expect.objectContaining({ msg: "working", jobId: "job-123", queue: "roadmap-generate" })]);
  });

  it("redact passwords, tokens, cookies and answer texts wherever they sit", async () => {
    const { logger } = await import("@/lib/logger");
    logger.warn(
      {
        password: "hunter2-password",
        token: "tok-abcdef",
        user: { password: "nested-password", passwordHash: "$2b$12$hash" },
        headers: { authorization: "Bearer sekrit-bearer", cookie: "next-auth.session-token=sekrit-cookie" },
        answer: { answerText: SECRET },
        body: { answer: SECRET },
      },
      "something happened",
    );
    const text = lines.join("\n");
    for (const secret of ["hunter2-password", "tok-abcdef", "nested-password", "$2b$12$hash", "sekrit-bearer", "sekrit-cookie", SECRET]) {
      expect(text).not.toContain(secret);
    }
    expect(parsed()[0]).toMatchObject({ password: "[redacted]", user: { password: "[redacted]" } });
  });
});
