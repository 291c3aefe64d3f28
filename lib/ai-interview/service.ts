import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { evaluateAnswer, generateQuestions } from "@/lib/ai";
import { recentQuestionIds } from "@/lib/ai-interview/queries";
import { findCompany } from "@/lib/companies/queries";
import type { Setup, SessionData } from "@/lib/ai-interview/schema";
import type { StoredFeedback } from "@/lib/ai/schema";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { QuestionType } from "@/lib/questions/schema";
import { logger } from "@/lib/logger";
import { storeAnswerOnce, storeScore } from "@/lib/ai-interview/answers";

/** Picks the questions and stores the session with one row per question, in one transaction. */
export async function startSession(userId: string, setup: Setup): Promise<{ id: string }> {
  const company = setup.company ? await findCompany(setup.company) : null;
  if (setup.company && !company) {
    throw new InvalidInputError("Choose a company from the list.", { company: ["Choose a company from the list"] });
  }
  const seed = randomUUID();
  const { source, questions, fallbackReason, model } = await generateQuestions({
    role: setup.role,
    level: setup.level,
    company,
    format: setup.format,
    count: setup.count,
    seed,
    excludeIds: await recentQuestionIds(userId),
  });
  if (questions.length === 0) {
    throw new InvalidInputError("There are no new questions left for that role and level. Try another format or level.");
  }
  const sessionData: SessionData = {
    seed,
    source,
    ...(model ? { model } : {}),
    ...(fallbackReason ? { fallbackReason } : {}),
    ...(company ? { companySlug: company.slug } : {}),
  };
  const bankIds = source === "local" ? new Set(questions.map((q) => q.id)) : new Set<string>();

  return db().aiInterviewSession.create({
    data: {
      userId,
      position: setup.role,
      level: setup.level,
      company: company?.name ?? null,
      format: setup.format,
      questionsAsked: questions.length,
      sessionData,
      answers: {
        createMany: {
          data: questions.map((question, index) => ({
            userId,
            position: index + 1,
            questionId: bankIds.has(question.id) ? question.id : null,
            questionText: question.text,
            questionType: question.type,
            difficulty: question.difficulty,
            talkingPoints: question.talkingPoints,
          })),
        },
      },
    },
    select: { id: true },
  });
}

/** A session over the user's own questions (those asked in their real interviews). */
export async function startCustomSession(
  userId: string,
  input: { role: string; level: Setup["level"]; company?: string | null; questions: { text: string; type: QuestionType }[] },
): Promise<{ id: string }> {
  if (input.questions.length === 0) throw new InvalidInputError("Choose at least one question to practise.");
  const sessionData: SessionData = { seed: randomUUID(), source: "local" };
  return db().aiInterviewSession.create({
    data: {
      userId,
      position: input.role,
      level: input.level,
      company: input.company ?? null,
      format: "mixed",
      questionsAsked: input.questions.length,
      sessionData,
      answers: {
        createMany: {
          data: input.questions.map((question, index) => ({
            userId,
            position: index + 1,
            questionText: question.text,
            questionType: question.type,
            difficulty: "medium" as const,
            talkingPoints: [],
          })),
        },
      },
    },
    select: { id: true },
  });
}

/**
 * Stores an answer, then evaluates it. The answer is committed before any
 * evaluation starts, so a failing or slow evaluator never loses it. Submitting
 * the same question twice keeps the first answer (a retried request is harmless).
 */
export async function submitAnswer(
  userId: string,
  input: { sessionId: string; answerId: string; answer: string; durationSeconds?: number },
): Promise<{ saved: true; evaluated: boolean }> {
  await storeAnswerOnce("ai", userId, input, {
    answerText: input.answer,
    answeredAt: new Date(),
    durationSeconds: input.durationSeconds ?? null,
  });
  return { saved: true, evaluated: await evaluateStoredAnswer(userId, input.sessionId, input.answerId) };
}

/** Evaluates a stored answer that has no score yet. Returns false when evaluation failed (the answer stays saved). */
export async function evaluateStoredAnswer(userId: string, sessionId: string, answerId: string): Promise<boolean> {
  const answer = await db().sessionAnswer.findFirst({
    where: { id: answerId, aiSessionId: sessionId, userId },
    select: {
      answerText: true,
      score: true,
      questionText: true,
      questionType: true,
      talkingPoints: true,
      durationSeconds: true,
      aiSession: { select: { position: true, level: true } },
    },
  });
  if (!answer) throw new NotFoundError("That question is not part of your session");
  if (answer.answerText === null) throw new InvalidInputError("Answer the question before asking for feedback.");
  if (answer.score !== null) return true;

  const scored = await scoreAnswer({ ...answer, answerText: answer.answerText, role: answer.aiSession?.position, level: answer.aiSession?.level }, answerId);
  if (!scored) return false;

  await storeScore("ai", userId, { sessionId, answerId }, scored);
  return true;
}

/**
 * Runs the evaluator on one stored answer and returns the columns to store, or
 * null when evaluation failed (the caller keeps the answer for a retry). Shared
 * by every interview kind that stores SessionAnswer rows.
 */
export async function scoreAnswer(
  answer: {
    answerText: string;
    questionText: string;
    questionType: QuestionType;
    talkingPoints: string[];
    durationSeconds: number | null;
    role?: string;
    level?: Setup["level"] | null;
  },
  answerId: string,
) {
  let result: Awaited<ReturnType<typeof evaluateAnswer>>;
  try {
    result = await evaluateAnswer({
      question: answer.questionText,
      answer: answer.answerText,
      questionType: answer.questionType,
      talkingPoints: answer.talkingPoints,
      role: answer.role,
      level: answer.level ?? undefined,
      durationSeconds: answer.durationSeconds,
    });
  } catch (error) {
    logger.error({ err: error, answerId }, "evaluation failed; the answer stays saved for a retry");
    return null;
  }
  const { evaluation, fallbackReason, model } = result;
  const feedback: StoredFeedback = {
    strengths: evaluation.strengths,
    improvements: evaluation.improvements,
    suggestions: evaluation.suggestions,
    ...(model ? { model } : {}),
    ...(fallbackReason ? { fallbackReason } : {}),
  };
  return { score: evaluation.score, source: evaluation.source, feedback, metrics: evaluation.metrics };
}
