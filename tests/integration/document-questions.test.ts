// Questions from a job description or the user's resume, through the JSON API and the
// session setup (issue 15, part 2): every question says why it was chosen, an unusable
// document is refused with its reason, and a refusal writes nothing.
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { startSession } from "@/lib/interview-session/service";
import { InvalidInputError } from "@/lib/errors";
import { createUser } from "../factories";
import { BACKEND_POSTING, BOILERPLATE, RESUME, TOO_SHORT } from "../fixtures/documents";

type User = Awaited<ReturnType<typeof createUser>>;

async function ask(user: User, body: Record<string, unknown>) {
  const session = await import("@/lib/auth/session");
  const spy = vi.spyOn(session, "getUser").mockResolvedValue({ ...user, role: "student", profilePhoto: null });
  try {
    const { POST } = await import("@/app/api/ai/questions/route");
    const response = await POST(
      new NextRequest("http://localhost/api/ai/questions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role: "Backend engineer", level: "mid", count: 4, ...body }),
      }),
      { params: Promise.resolve({}) },
    );
    return { status: response.status, body: await response.json() };
  } finally {
    spy.mockRestore();
  }
}

async function uploadResume(userId: string, text: string, isActive = true) {
  await db().resumeUpload.create({ data: { userId, filename: `resumes/${userId}.pdf`, textContent: text, isActive } });
}

describe("POST /api/ai/questions with a document", () => {
  it("gives each question of a pasted job description a reason", async () => {
    const { status, body } = await ask(await createUser(), { jobDescription: BACKEND_POSTING });
    expect(status).toBe(200);
    expect(body.source).toBe("local");
    expect(body.questions).toHaveLength(4);
    for (const question of body.questions) {
      expect(Object.keys(question).sort()).toEqual(["difficulty", "id", "reason", "talkingPoints", "text", "type"]);
      expect(question.reason).toMatch(/job description/);
    }
  });

  it("keeps the old shape, with no reason, when no document is given", async () => {
    const { status, body } = await ask(await createUser(), {});
    expect(status).toBe(200);
    for (const question of body.questions) expect(question).not.toHaveProperty("reason");
  });

  it.each([
    ["too short", TOO_SHORT, /too short/],
    ["boilerplate", BOILERPLATE, /names no skills/],
    ["blank", "   ", /Paste the job description/],
  ])("refuses a job description that is %s with a 400 that says why", async (_name, jobDescription, message) => {
    const { status, body } = await ask(await createUser(), { jobDescription });
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(body.fieldErrors.jobDescription[0]).toMatch(message);
  });

  it("refuses a job description over 20,000 characters", async () => {
    const { status, body } = await ask(await createUser(), { jobDescription: `${BACKEND_POSTING} `.repeat(40).slice(0, 20_001) });
    expect(status).toBe(400);
    expect(body.fieldErrors.jobDescription[0]).toMatch(/at most 20,000 characters/);
  });

  it("asks about the active resume's claims, and not another user's or an inactive version", async () => {
    const owner = await createUser();
    await uploadResume(owner.id, "Jane Doe\n\nExperience\n- Cut build time by 75% by caching Docker layers\n\nSkills\nDocker", false);
    await uploadResume(owner.id, RESUME);
    const stranger = await createUser();
    await uploadResume(stranger.id, "Sam\n\nExperience\n- Grew newsletter signups by 300% in one quarter\n");
    const { status, body } = await ask(owner, { fromResume: true, count: 6 });
    expect(status).toBe(200);
    const texts = body.questions.map((q: { text: string }) => q.text).join("\n");
    expect(texts).toContain("You wrote that you cut checkout API latency by 40%");
    expect(texts).not.toContain("build time by 75%");
    expect(texts).not.toContain("newsletter");
    expect(body.questions.every((q: { reason?: string }) => /resume/.test(q.reason ?? ""))).toBe(true);
  });

  it("says so when there is no active resume", async () => {
    const { status, body } = await ask(await createUser(), { fromResume: true });
    expect(status).toBe(400);
    expect(body.error).toMatch(/no active resume/);
  });

  it("refuses both sources at once", async () => {
    const { status, body } = await ask(await createUser(), { fromResume: true, jobDescription: BACKEND_POSTING });
    expect(status).toBe(400);
    expect(body.fieldErrors.fromResume[0]).toMatch(/not both/);
  });
});

describe("a mock interview from a job description", () => {
  it("stores each question's reason, keeps bank ids for bank questions only, and notes the source", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", {
      role: "Backend engineer",
      level: "mid",
      format: "mixed",
      count: 6,
      questionSource: "job",
      jobDescription: BACKEND_POSTING,
    });
    const rows = await db().sessionAnswer.findMany({ where: { sessionId: id, userId: user.id }, orderBy: { position: "asc" } });
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.reason !== null && row.reason.length > 0)).toBe(true);
    const duties = rows.filter((row) => row.reason!.startsWith("from the job description"));
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.every((row) => row.questionId === null)).toBe(true);
    const matched = rows.filter((row) => row.reason!.startsWith("matches"));
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.every((row) => row.questionId !== null)).toBe(true);
    const session = await db().interviewSession.findUniqueOrThrow({ where: { id }, select: { sessionData: true } });
    expect(session.sessionData).toMatchObject({ questionSource: "job", documentTerms: expect.arrayContaining(["PostgreSQL"]) });
  });

  it("refuses an unusable job description and writes nothing", async () => {
    const user = await createUser();
    await expect(
      startSession(user.id, "avatar", { role: "Backend engineer", level: "mid", count: 3, questionSource: "job", jobDescription: BOILERPLATE }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db().interviewSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("asks the bank's questions, with no reasons, when the source is the bank", async () => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "Backend engineer", level: "mid", format: "mixed", count: 3, jobDescription: BACKEND_POSTING });
    const rows = await db().sessionAnswer.findMany({ where: { sessionId: id }, select: { reason: true } });
    expect(rows.map((row) => row.reason)).toEqual([null, null, null]);
  });
});
