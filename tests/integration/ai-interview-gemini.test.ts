// The interview flow with GEMINI_API_KEY set, against a loopback fake of the
// Gemini REST API: every failure mode still ends in a stored answer and a
// result labelled with the engine that really produced it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeGemini, type FakeGemini } from "../fakes/gemini-server";
import { createUser } from "../factories";

let fake: FakeGemini;
let service: typeof import("@/lib/interview-session/service");
let db: typeof import("@/lib/db").db;

beforeAll(async () => {
  fake = await startFakeGemini();
  // Set before the app's env is first read in this test file's fresh module graph.
  process.env.GEMINI_API_KEY = "test-key-not-secret";
  process.env.GEMINI_BASE_URL = fake.url;
  process.env.GEMINI_TIMEOUT_MS = "300";
  service = await import("@/lib/interview-session/service");
  db = (await import("@/lib/db")).db;
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => fake.reset());

async function newSession() {
  const user = await createUser();
  const session = await service.startSession(user.id, "text", { role: "Backend engineer", level: "mid", format: "mixed", count: 3 });
  const answers = await db().sessionAnswer.findMany({
    where: { sessionId: session.id, userId: user.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { user, session, answers };
}

const ANSWER =
  "At my last job our checkout API timed out under load. I was responsible for fixing it, so I profiled the service, added a Redis cache and moved email sending to a queue. As a result p99 latency fell from 2.1 s to 300 ms and errors dropped by 90%.";

async function stored(answerId: string) {
  return db().sessionAnswer.findUniqueOrThrow({
    where: { id: answerId },
    select: { answerText: true, score: true, source: true, feedback: true, metrics: true },
  });
}

describe("AI interview with Gemini configured", () => {
  it("uses Gemini for questions and scores when it answers well", async () => {
    const { user, session, answers } = await newSession();
    const row = await db().interviewSession.findUniqueOrThrow({ where: { id: session.id }, select: { sessionData: true, questionsPlanned: true } });
    expect(row.questionsPlanned).toBe(3);
    expect(row.sessionData).toMatchObject({ source: "gemini" });
    const first = answers[0]!;
    await service.submitAnswer(user.id, "text", { sessionId: session.id, answerId: first.id, answer: ANSWER, durationSeconds: 60 });
    const saved = await stored(first.id);
    expect(saved.answerText).toBe(ANSWER);
    expect(saved.source).toBe("gemini");
    expect(saved.score).toBeGreaterThanOrEqual(1);
    expect(saved.feedback).not.toHaveProperty("fallbackReason");
    expect(fake.requests.every((r) => r.apiKey === "test-key-not-secret")).toBe(true);
  });

  it.each([
    ["malformed", "invalid_json"],
    ["schema_mismatch", "schema_mismatch"],
    ["error500", "http_5xx"],
    ["slow", "timeout"],
    ["rate_limited", "http_429"],
  ] as const)("when Gemini is %s, the answer is stored and the local score says why", async (mode, reason) => {
    const { user, session, answers } = await newSession();
    fake.setMode(mode);
    const first = answers[0]!;
    const result = await service.submitAnswer(user.id, "text", { sessionId: session.id, answerId: first.id, answer: ANSWER });
    expect(result).toEqual({ saved: true, evaluated: true });
    const saved = await stored(first.id);
    expect(saved.answerText).toBe(ANSWER);
    expect(saved.source).toBe("local");
    expect(saved.feedback).toMatchObject({ fallbackReason: reason });
    expect(saved.metrics).toMatchObject({ wordCount: expect.any(Number) });
  });

  it("falls back to the local bank for questions when Gemini fails, and says so", async () => {
    fake.setMode("error500");
    const { session } = await newSession();
    const row = await db().interviewSession.findUniqueOrThrow({ where: { id: session.id }, select: { sessionData: true } });
    expect(row.sessionData).toMatchObject({ source: "local", fallbackReason: "http_5xx" });
    const linked = await db().sessionAnswer.count({ where: { sessionId: session.id, questionId: { not: null } } });
    expect(linked).toBe(3);
  });
});
