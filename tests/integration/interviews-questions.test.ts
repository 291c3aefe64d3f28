import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { InterviewSchema, QuestionSchema } from "@/lib/interviews/schema";
import { createInterview, deleteQuestion, logQuestion, practiseQuestions } from "@/lib/interviews/service";
import { getInterview, listAskedQuestions } from "@/lib/interviews/queries";
import { createUser } from "../factories";

async function interviewFor(userId: string, company = "Amazon", level = "senior", position = "Backend engineer") {
  const values = InterviewSchema.parse({
    company,
    position,
    level,
    date: "2026-02-10",
    time: "10:00",
    status: "completed",
  });
  return (await createInterview(userId, values)).id;
}

const question = (interviewId: string, text: string, type = "", notes = "") =>
  QuestionSchema.parse({ interviewId, text, type, notes });

describe("logging asked questions", () => {
  it("stores questions under the interview and lists them newest first with where they came from", async () => {
    const user = await createUser();
    const first = await interviewFor(user.id, "Amazon");
    const second = await interviewFor(user.id, "Small Shop", "junior", "Frontend engineer");
    await logQuestion(
      user.id,
      question(first, "Tell me about a time you disagreed with your manager", "behavioral", "Used STAR"),
    );
    await logQuestion(user.id, question(second, "How does the event loop work?"));
    await logQuestion(user.id, question(first, "Design a rate limiter", "system_design"));

    const list = await listAskedQuestions(user.id);
    expect(list.map((q) => q.text)).toEqual([
      "Design a rate limiter",
      "How does the event loop work?",
      "Tell me about a time you disagreed with your manager",
    ]);
    expect(list[1]).toMatchObject({
      type: null,
      interview: { id: second, company: "Small Shop", position: "Frontend engineer" },
    });
    expect(list[2]).toMatchObject({
      type: "behavioral",
      notes: "Used STAR",
      interview: { id: first, company: "Amazon" },
    });
    expect((await getInterview(user.id, first))?.askedQuestions.map((q) => q.text)).toEqual([
      "Tell me about a time you disagreed with your manager",
      "Design a rate limiter",
    ]);
  });

  it("refuses to log into another user's interview and stores nothing", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const id = await interviewFor(owner.id);
    await expect(logQuestion(intruder.id, question(id, "Injected?"))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().interviewQuestion.count({ where: { interviewId: id } })).toBe(0);
  });

  it("deletes the user's own question and never another user's", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const id = await interviewFor(owner.id);
    const logged = await logQuestion(owner.id, question(id, "Why Amazon?"));
    await expect(deleteQuestion(intruder.id, logged.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().interviewQuestion.count({ where: { id: logged.id } })).toBe(1);
    await deleteQuestion(owner.id, logged.id);
    expect(await listAskedQuestions(owner.id)).toEqual([]);
  });
});

describe("practising logged questions", () => {
  it("starts a mock interview session with exactly those questions, in the order they were asked", async () => {
    const user = await createUser();
    const id = await interviewFor(user.id, "Amazon", "senior", "Backend engineer");
    const a = await logQuestion(user.id, question(id, "Tell me about a time you failed", "behavioral"));
    const b = await logQuestion(user.id, question(id, "Design a URL shortener"));
    await logQuestion(user.id, question(id, "Not chosen", "technical"));

    const session = await practiseQuestions(user.id, [b.id, a.id]);
    const stored = await db().interviewSession.findFirstOrThrow({
      where: { id: session.id, userId: user.id },
      include: { answers: { orderBy: { position: "asc" } } },
    });
    expect(stored).toMatchObject({
      kind: "text",
      role: "Backend engineer",
      level: "senior",
      company: "Amazon",
      format: "mixed",
      questionsPlanned: 2,
    });
    expect(stored.answers.map((row) => [row.questionText, row.questionType])).toEqual([
      ["Tell me about a time you failed", "behavioral"],
      // No type was logged: guessed from the wording.
      ["Design a URL shortener", "system_design"],
    ]);
  });

  it("leaves the company out when the questions came from different companies", async () => {
    const user = await createUser();
    const one = await interviewFor(user.id, "Amazon");
    const two = await interviewFor(user.id, "Meta", "mid", "Product engineer");
    const a = await logQuestion(user.id, question(one, "Why Amazon?"));
    const b = await logQuestion(user.id, question(two, "Why Meta?"));
    const session = await practiseQuestions(user.id, [a.id, b.id]);
    expect(await db().interviewSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      company: null,
      role: "Product engineer",
      level: "mid",
    });
  });

  it("refuses another user's questions and creates no session", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const id = await interviewFor(owner.id);
    const theirs = await logQuestion(owner.id, question(id, "Secret question"));
    await expect(practiseQuestions(intruder.id, [theirs.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(practiseQuestions(intruder.id, [])).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db().interviewSession.count({ where: { userId: intruder.id } })).toBe(0);
  });
});
