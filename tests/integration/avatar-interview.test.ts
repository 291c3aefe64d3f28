// The avatar interview's sessions and answers with the local engine: one
// transaction creates the session and its questions; an answer is stored before
// it is scored (with where it begins in the recording); a repeat keeps the
// first; finishing fills the design's session fields.
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getUser: async () => session.user }));

const ai = await import("@/lib/ai");
const { evaluateStoredAnswer, startSession, submitAnswer } = await import("@/lib/interview-session/service");
const { getSession, listSessions } = await import("@/lib/interview-session/queries");
const { requestTalk } = await import("@/lib/avatar/talks");
const { POST: createSession } = await import("@/app/api/avatar-interview/sessions/route");
const { POST: postAnswer } = await import("@/app/api/avatar-interview/sessions/[id]/answers/route");
const { InvalidInputError, NotFoundError } = await import("@/lib/errors");
const { db } = await import("@/lib/db");
const { createUser } = await import("../factories");

const GOOD =
  "In my last role our team owned the orders API. I was responsible for cutting its error rate, so I added retries with backoff, wrote integration tests and set up alerts. As a result errors fell by 80% within a month.";

/** Questions are drawn at random; the one GOOD answers is pinned so its score means something. */
const ASKED = "Tell me about a time you reduced errors in a system you were responsible for.";
const askGoodQuestion = (answerId: string) =>
  db().sessionAnswer.update({
    where: { id: answerId },
    data: { questionText: ASKED, questionType: "behavioral", questionId: null, talkingPoints: [] },
  });

const rowsOf = (sessionId: string) =>
  db().sessionAnswer.findMany({ where: { sessionId: sessionId }, orderBy: { position: "asc" } });

function json(url: string, body: unknown) {
  return new NextRequest(`http://localhost${url}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("avatar interview sessions (local engine)", () => {
  it("stores the session and one SessionAnswer row per question, with a mixed set from the bank", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "avatar", {
      role: "Frontend engineer",
      level: "junior",
      count: 3,
      company: "amazon",
    });
    const stored = await db().interviewSession.findUniqueOrThrow({ where: { id }, include: { recording: true } });
    expect(stored).toMatchObject({
      userId: user.id,
      kind: "avatar",
      role: "Frontend engineer",
      company: "Amazon",
      level: "junior",
      questionsPlanned: 3,
      questionsAnswered: 0,
      completed: false,
      recording: { avatarProvider: "local", status: "none", bytes: BigInt(0) },
    });
    expect(stored.sessionData).toMatchObject({ source: "local" });
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.userId === user.id && r.sessionId === id && r.answerText === null)).toBe(true);
    expect((await listSessions(user.id, "avatar")).map((s) => s.id)).toEqual([id]);
  });

  it("stores nothing when the questions cannot be written (one transaction)", async () => {
    const user = await createUser();
    await expect(
      startSession(user.id, "avatar", { role: "Backend engineer", level: "mid", count: 2, company: "no-such-co" }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    const spy = vi.spyOn(ai, "generateQuestions").mockResolvedValueOnce({
      source: "local",
      questions: [
        { id: "q1", text: "One", type: "behavioral", difficulty: "easy", talkingPoints: [] },
        // A type the database refuses: the session row must roll back with it.
        { id: "q2", text: "Two", type: "not_a_type" as "behavioral", difficulty: "easy", talkingPoints: [] },
      ],
    });
    await expect(startSession(user.id, "avatar", { role: "Backend engineer", level: "mid", count: 2 })).rejects.toThrow();
    spy.mockRestore();
    expect(await db().interviewSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().sessionRecording.count({ where: { session: { userId: user.id } } })).toBe(0);
  });

  it("stores each answer first, scores it, and completes the session with the average", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "avatar", { role: "Backend engineer", level: "mid", count: 2 });
    const [one, two] = await rowsOf(id);
    await askGoodQuestion(one!.id);
    expect(
      await submitAnswer(user.id, "avatar", {
        sessionId: id,
        answerId: one!.id,
        answer: GOOD,
        durationSeconds: 70,
        recordingOffsetMs: 4200,
      }),
    ).toEqual({ saved: true, evaluated: true });
    let row = await db().interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ questionsAnswered: 1, completed: false, completedAt: null });

    await submitAnswer(user.id, "avatar", { sessionId: id, answerId: two!.id, answer: "" });
    const [a, b] = await rowsOf(id);
    expect(a).toMatchObject({ answerText: GOOD, durationSeconds: 70, recordingOffsetMs: 4200, source: "local" });
    expect(b).toMatchObject({ answerText: "", recordingOffsetMs: null, score: 1 });
    row = await db().interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.completed).toBe(true);
    expect(row.completedAt).not.toBeNull();
    expect(row.questionsAnswered).toBe(2);
    expect(row.averageScore).toBe(Math.round(((a!.score! + b!.score!) / 2) * 10) / 10);
    const view = await getSession(user.id, "avatar", id);
    expect(view?.answers[0]?.feedback?.strengths.length).toBeGreaterThan(0);
  });

  it("keeps the first answer when the same question is submitted again", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "avatar", { role: "QA engineer", level: "mid", count: 1 });
    const [only] = await rowsOf(id);
    await submitAnswer(user.id, "avatar", { sessionId: id, answerId: only!.id, answer: GOOD });
    await submitAnswer(user.id, "avatar", { sessionId: id, answerId: only!.id, answer: "a second, different answer" });
    expect((await rowsOf(id))[0]?.answerText).toBe(GOOD);
    expect((await db().interviewSession.findUniqueOrThrow({ where: { id } })).questionsAnswered).toBe(1);
  });

  it("keeps the answer when evaluation fails, and scores it on retry", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "avatar", { role: "QA engineer", level: "mid", count: 1 });
    const [only] = await rowsOf(id);
    const spy = vi.spyOn(ai, "evaluateAnswer").mockRejectedValueOnce(new Error("evaluator down"));
    expect(await submitAnswer(user.id, "avatar", { sessionId: id, answerId: only!.id, answer: GOOD })).toEqual({
      saved: true,
      evaluated: false,
    });
    spy.mockRestore();
    expect((await rowsOf(id))[0]).toMatchObject({ answerText: GOOD, score: null });
    expect(await evaluateStoredAnswer(user.id, "avatar", id, only!.id)).toBe(true);
    expect((await rowsOf(id))[0]?.score).not.toBeNull();
    expect((await db().interviewSession.findUniqueOrThrow({ where: { id } })).completed).toBe(true);
  });

  it("refuses another user's session and answer, changing nothing", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const { id } = await startSession(owner.id, "avatar", { role: "QA engineer", level: "mid", count: 1 });
    const [only] = await rowsOf(id);
    await expect(
      submitAnswer(intruder.id, "avatar", { sessionId: id, answerId: only!.id, answer: "mine now" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await rowsOf(id))[0]?.answerText).toBeNull();
    expect(await getSession(intruder.id, "avatar", id)).toBeNull();
    await expect(requestTalk(intruder.id, { text: "hi", sessionId: id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("uses the in-browser avatar when DID_API_KEY is not set", async () => {
    const user = await createUser();
    expect(await requestTalk(user.id, { text: "Tell me about yourself." })).toEqual({
      provider: "local",
      reason: "not_configured",
    });
    expect(await db().avatarTalk.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("avatar interview JSON routes", () => {
  it("POST /api/avatar-interview/sessions and /answers answer the documented shapes", async () => {
    const user = await createUser();
    session.user = { ...user, role: "student", profilePhoto: null };
    const created = await createSession(
      json("/api/avatar-interview/sessions", { role: "Data analyst", level: "mid", count: 2 }),
      { params: Promise.resolve({}) },
    );
    expect(created.status).toBe(200);
    const body = (await created.json()) as {
      id: string;
      avatar: string;
      questions: { answerId: string; position: number; text: string; type: string }[];
    };
    expect(Object.keys(body).sort()).toEqual(["avatar", "id", "questions"]);
    expect(body.avatar).toBe("local");
    expect(body.questions.map((q) => q.position)).toEqual([1, 2]);

    const url = `/api/avatar-interview/sessions/${body.id}/answers`;
    const answerId = body.questions[0]!.answerId;
    const answered = await postAnswer(json(url, { answerId, answer: GOOD, recordingOffsetMs: 1500 }), {
      params: Promise.resolve({ id: body.id }),
    });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ saved: true, evaluated: true, score: expect.any(Number), source: "local" });
    expect((await rowsOf(body.id))[0]).toMatchObject({ answerText: GOOD, recordingOffsetMs: 1500 });

    const bad = await postAnswer(json(url, { answerId, answer: "x", recordingOffsetMs: -5 }), {
      params: Promise.resolve({ id: body.id }),
    });
    expect(bad.status).toBe(400);

    session.user = { ...(await createUser()), role: "student", profilePhoto: null };
    const intruder = await postAnswer(json(url, { answerId: body.questions[1]!.answerId, answer: "intruder" }), {
      params: Promise.resolve({ id: body.id }),
    });
    expect(intruder.status).toBe(404);
    expect((await rowsOf(body.id))[1]?.answerText).toBeNull();
    session.user = null;
  });
});
