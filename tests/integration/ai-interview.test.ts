import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as ai from "@/lib/ai";
import { startSession, submitAnswer, evaluateStoredAnswer } from "@/lib/interview-session/service";
import { getSession, listSessions, recentQuestionIds } from "@/lib/interview-session/queries";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { createUser } from "../factories";

const GOOD =
  "In my last role our team owned the orders API. I was responsible for cutting its error rate, so I added retries with backoff, wrote integration tests and set up alerts. As a result errors fell by 80% within a month.";

/** Questions are drawn at random; the one GOOD answers is pinned so its score means something. */
const ASKED = "Tell me about a time you reduced errors in a system you were responsible for.";
const askGoodQuestion = (answerId: string) =>
  db().sessionAnswer.update({
    where: { id: answerId },
    data: { questionText: ASKED, questionType: "behavioral", questionId: null, talkingPoints: [] },
  });

async function answersOf(sessionId: string) {
  return db().sessionAnswer.findMany({ where: { sessionId: sessionId }, orderBy: { position: "asc" } });
}

describe("AI interview sessions with the local engine", () => {
  it("creates a session with one stored question per slot, all from the bank", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "Frontend engineer", level: "junior", format: "mixed", count: 3 });
    const rows = await answersOf(id);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3]);
    expect(new Set(rows.map((r) => r.questionType)).size).toBe(3);
    expect(rows.every((r) => r.questionId !== null && r.answerText === null && r.score === null)).toBe(true);
    const session = await getSession(user.id, "text", id);
    expect(session?.sessionData).toMatchObject({ source: "local" });
  });

  it("asks a company's own questions when a company is chosen", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "Backend engineer", level: "senior", format: "mixed", count: 6, company: "amazon" });
    const session = await getSession(user.id, "text", id);
    expect(session?.company).toBe("Amazon");
    const companyRows = await db().sessionAnswer.count({ where: { sessionId: id, questionId: { startsWith: "company-amazon-" } } });
    expect(companyRows).toBeGreaterThan(0);
  });

  it("refuses an unknown company with a field error and stores nothing", async () => {
    const user = await createUser();
    await expect(startSession(user.id, "text", { role: "Backend engineer", level: "mid", format: "mixed", count: 3, company: "no-such-co" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await db().interviewSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("never repeats a question the user answered recently", async () => {
    const user = await createUser();
    const first = await startSession(user.id, "text", { role: "Data analyst", level: "mid", format: "mixed", count: 5 });
    for (const row of await answersOf(first.id)) {
      await submitAnswer(user.id, "text", { sessionId: first.id, answerId: row.id, answer: GOOD });
    }
    const recent = await recentQuestionIds(user.id);
    expect(recent).toHaveLength(5);
    const second = await startSession(user.id, "text", { role: "Data analyst", level: "mid", format: "mixed", count: 5 });
    const again = (await answersOf(second.id)).map((r) => r.questionId);
    expect(again.filter((id) => id && recent.includes(id))).toEqual([]);
  });

  it("stores the answer, scores it locally and completes the session with the average", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "Backend engineer", level: "mid", format: "behavioral", count: 2 });
    const [one, two] = await answersOf(id);
    await askGoodQuestion(one!.id);
    await submitAnswer(user.id, "text", { sessionId: id, answerId: one!.id, answer: GOOD, durationSeconds: 75 });
    await submitAnswer(user.id, "text", { sessionId: id, answerId: two!.id, answer: "" });
    const [a, b] = await answersOf(id);
    expect(a).toMatchObject({ answerText: GOOD, durationSeconds: 75, source: "local" });
    expect(a!.score).toBeGreaterThan(b!.score!);
    expect(b!.score).toBe(1);
    const session = await db().interviewSession.findUniqueOrThrow({ where: { id } });
    expect(session.completed).toBe(true);
    expect(session.completedAt).not.toBeNull();
    expect(session.questionsAnswered).toBe(2);
    expect(session.averageScore).toBe(Math.round(((a!.score! + b!.score!) / 2) * 10) / 10);
    expect((await listSessions(user.id, "text"))[0]).toMatchObject({ id, completed: true });
  });

  it("keeps the answer when evaluation fails, and scores it on retry", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "QA engineer", level: "mid", format: "technical", count: 1 });
    const [row] = await answersOf(id);
    const spy = vi.spyOn(ai, "evaluateAnswer").mockRejectedValueOnce(new Error("evaluator crashed"));
    const result = await submitAnswer(user.id, "text", { sessionId: id, answerId: row!.id, answer: GOOD });
    expect(result).toEqual({ saved: true, evaluated: false });
    let stored = await db().sessionAnswer.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored.answerText).toBe(GOOD);
    expect(stored.score).toBeNull();
    spy.mockRestore();

    expect(await evaluateStoredAnswer(user.id, "text", id, row!.id)).toBe(true);
    stored = await db().sessionAnswer.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored.score).not.toBeNull();
    expect((await db().interviewSession.findUniqueOrThrow({ where: { id } })).completed).toBe(true);
  });

  it("keeps the first answer when the same question is submitted twice", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "Product manager", level: "mid", format: "mixed", count: 1 });
    const [row] = await answersOf(id);
    await Promise.all([
      submitAnswer(user.id, "text", { sessionId: id, answerId: row!.id, answer: "first answer text here" }),
      submitAnswer(user.id, "text", { sessionId: id, answerId: row!.id, answer: "second answer text here" }),
    ]);
    const stored = await db().sessionAnswer.findUniqueOrThrow({ where: { id: row!.id } });
    expect(["first answer text here", "second answer text here"]).toContain(stored.answerText);
    const session = await db().interviewSession.findUniqueOrThrow({ where: { id } });
    expect(session.questionsAnswered).toBe(1);
  });

  it("gives another user 404 and changes nothing", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const { id } = await startSession(owner.id, "text", { role: "UX designer", level: "mid", format: "mixed", count: 1 });
    const [row] = await answersOf(id);
    await expect(submitAnswer(intruder.id, "text", { sessionId: id, answerId: row!.id, answer: "hijack" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getSession(intruder.id, "text", id)).toBeNull();
    const stored = await db().sessionAnswer.findUniqueOrThrow({ where: { id: row!.id } });
    expect(stored.answerText).toBeNull();
  });

  it("keeps the two kinds apart: a video session is not found, answered or listed as a typed one", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "avatar", { role: "Support lead", level: "mid", count: 1 });
    const [row] = await answersOf(id);
    expect(await getSession(user.id, "text", id)).toBeNull();
    expect((await getSession(user.id, "avatar", id))?.role).toBe("Support lead");
    await expect(submitAnswer(user.id, "text", { sessionId: id, answerId: row!.id, answer: "typed into the wrong page" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().sessionAnswer.findUniqueOrThrow({ where: { id: row!.id } })).answerText).toBeNull();
    expect(await listSessions(user.id, "text")).toEqual([]);
    expect((await listSessions(user.id, "avatar")).map((session) => session.id)).toEqual([id]);
  });
});

describe("POST /api/ai-interview/sessions/[id]/answers", () => {
  it("saves then scores, and says so", async () => {
    const session = await import("@/lib/auth/session");
    const user = await createUser();
    const spy = vi.spyOn(session, "getUser").mockResolvedValue({ ...user, role: "student", profilePhoto: null });
    const { id } = await startSession(user.id, "text", { role: "Backend engineer", level: "mid", format: "mixed", count: 1 });
    const [row] = await answersOf(id);
    await askGoodQuestion(row!.id);
    const { POST } = await import("@/app/api/ai-interview/sessions/[id]/answers/route");
    const { NextRequest } = await import("next/server");
    const response = await POST(
      new NextRequest(`http://localhost/api/ai-interview/sessions/${id}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answerId: row!.id, answer: GOOD, durationSeconds: 30 }),
      }),
      { params: Promise.resolve({ id }) },
    );
    spy.mockRestore();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ saved: true, evaluated: true, source: "local" });
    expect(body.score).toBeGreaterThan(1);
    expect((await db().sessionAnswer.findUniqueOrThrow({ where: { id: row!.id } })).answerText).toBe(GOOD);
  });
});
