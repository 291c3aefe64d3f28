import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { toInstant, type InterviewValues, type QuestionValues } from "@/lib/interviews/schema";
import { questionTypeOf } from "@/lib/interviews/question-type";
import { startCustomSession } from "@/lib/interview-session/service";
import { findCompany } from "@/lib/companies/queries";

// The tracker's writes, as plain functions of the user id so integration tests
// call them without a request. Every write filters by the user; a count of 0
// means "not yours or gone", which is a 404 either way.

const NOT_FOUND = "That interview does not exist or belongs to another account.";


async function toRow(input: InterviewValues) {
  const profile = await findCompany(input.company);
  return {
    // A matched profile lends its spelling, so "google" is listed as "Google".
    company: profile?.name ?? input.company,
    companySlug: profile?.slug ?? null,
    position: input.position,
    level: input.level ?? null,
    date: toInstant(input),
    status: input.status,
    performance: input.performance ?? null,
    notes: input.notes ?? null,
  };
}

export async function createInterview(userId: string, input: InterviewValues): Promise<{ id: string }> {
  return db().interview.create({ data: { userId, ...(await toRow(input)) }, select: { id: true } });
}

export async function updateInterview(userId: string, id: string, input: InterviewValues): Promise<{ id: string }> {
  const updated = await db().interview.updateMany({ where: { id, userId }, data: await toRow(input) });
  if (updated.count === 0) throw new NotFoundError(NOT_FOUND);
  return { id };
}

/** Deletes the interview and, by cascade, the questions logged from it. */
export async function deleteInterview(userId: string, id: string): Promise<{ id: string }> {
  const deleted = await db().interview.deleteMany({ where: { id, userId } });
  if (deleted.count === 0) throw new NotFoundError(NOT_FOUND);
  return { id };
}

export async function logQuestion(userId: string, input: QuestionValues): Promise<{ id: string; interviewId: string }> {
  const interview = await db().interview.findFirst({ where: { id: input.interviewId, userId }, select: { id: true } });
  if (!interview) throw new NotFoundError(NOT_FOUND);
  return db().interviewQuestion.create({
    data: { userId, interviewId: interview.id, text: input.text, type: input.type ?? null, notes: input.notes ?? null },
    select: { id: true, interviewId: true },
  });
}

export async function deleteQuestion(userId: string, id: string): Promise<{ id: string }> {
  const deleted = await db().interviewQuestion.deleteMany({ where: { id, userId } });
  if (deleted.count === 0) throw new NotFoundError("That question does not exist or belongs to another account.");
  return { id };
}

/**
 * A mock interview over questions from the personal list. The role, level and
 * company come from the interview of the newest chosen question; the company
 * only when every chosen question came from that company.
 */
export async function practiseQuestions(userId: string, questionIds: string[]): Promise<{ id: string }> {
  if (questionIds.length === 0) throw new InvalidInputError("Choose at least one question to practise.");
  const questions = await db().interviewQuestion.findMany({
    where: { id: { in: questionIds }, userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { text: true, type: true, interview: { select: { company: true, position: true, level: true } } },
  });
  if (questions.length !== new Set(questionIds).size) {
    throw new NotFoundError("Some of those questions do not exist or belong to another account.");
  }
  const lead = questions[0]!.interview;
  const sameCompany = questions.every((q) => q.interview.company.toLowerCase() === lead.company.toLowerCase());
  return startCustomSession(userId, {
    role: lead.position,
    level: lead.level ?? "mid",
    company: sameCompany ? lead.company : null,
    // The list is newest first; practise in the order they were asked.
    questions: [...questions].reverse().map((q) => ({ text: q.text, type: questionTypeOf(q.text, q.type) })),
  });
}
