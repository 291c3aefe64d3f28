import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { generateQuestions } from "@/lib/ai";
import { recentQuestionIds } from "@/lib/ai-interview/queries";
import { scoreAnswer } from "@/lib/ai-interview/service";
import { storeAnswerOnce, storeScore } from "@/lib/ai-interview/answers";
import { findCompany } from "@/lib/companies/queries";
import type { AvatarSetup } from "@/lib/avatar-interview/schema";
import { InvalidInputError, NotFoundError } from "@/lib/errors";

// The avatar interview uses the AI mock interview's question engine and
// evaluator; what it adds is the interviewer avatar, the recording (saved by
// lib/avatar-interview/recording) and the on-device camera analysis.

/** Picks the questions and stores the session with one SessionAnswer row per question, in one transaction. */
export async function startAvatarSession(userId: string, setup: AvatarSetup): Promise<{ id: string }> {
  const company = setup.company ? await findCompany(setup.company) : null;
  if (setup.company && !company) {
    throw new InvalidInputError("Choose a company from the list.", { company: ["Choose a company from the list"] });
  }
  const { source, questions } = await generateQuestions({
    role: setup.role,
    level: setup.level,
    company,
    format: "mixed",
    count: setup.count,
    seed: randomUUID(),
    excludeIds: await recentQuestionIds(userId),
  });
  if (questions.length === 0) {
    throw new InvalidInputError("There are no new questions left for that role and level. Try another level.");
  }
  const bankIds = source === "local" ? new Set(questions.map((q) => q.id)) : new Set<string>();
  return db().avatarInterviewSession.create({
    data: {
      userId,
      jobRole: setup.role,
      company: company?.name ?? null,
      experienceLevel: setup.level,
      questionsCount: questions.length,
      // "local" until a D-ID video has really played for this session (lib/avatar/talks.ts).
      avatarProvider: "local",
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

/**
 * Stores an answer, then evaluates it. The answer is committed before any
 * evaluation starts, so a failing or slow evaluator never loses it. Submitting
 * the same question twice keeps the first answer.
 */
export async function submitAvatarAnswer(
  userId: string,
  input: { sessionId: string; answerId: string; answer: string; durationSeconds?: number; recordingOffsetMs?: number },
): Promise<{ saved: true; evaluated: boolean }> {
  await storeAnswerOnce("avatar", userId, input, {
    answerText: input.answer,
    answeredAt: new Date(),
    durationSeconds: input.durationSeconds ?? null,
    recordingOffsetMs: input.recordingOffsetMs ?? null,
  });
  return { saved: true, evaluated: await evaluateAvatarAnswer(userId, input.sessionId, input.answerId) };
}

/** Evaluates a stored answer that has no score yet; false when evaluation failed (the answer stays saved). */
export async function evaluateAvatarAnswer(userId: string, sessionId: string, answerId: string): Promise<boolean> {
  const answer = await db().sessionAnswer.findFirst({
    where: { id: answerId, avatarSessionId: sessionId, userId },
    select: {
      answerText: true,
      score: true,
      questionText: true,
      questionType: true,
      talkingPoints: true,
      durationSeconds: true,
      avatarSession: { select: { jobRole: true, experienceLevel: true } },
    },
  });
  if (!answer) throw new NotFoundError("That question is not part of your session");
  if (answer.answerText === null) throw new InvalidInputError("Answer the question before asking for feedback.");
  if (answer.score !== null) return true;

  const scored = await scoreAnswer(
    {
      answerText: answer.answerText,
      questionText: answer.questionText,
      questionType: answer.questionType,
      talkingPoints: answer.talkingPoints,
      durationSeconds: answer.durationSeconds,
      role: answer.avatarSession?.jobRole,
      level: answer.avatarSession?.experienceLevel,
    },
    answerId,
  );
  if (!scored) return false;

  await storeScore("avatar", userId, { sessionId, answerId }, scored);
  return true;
}
