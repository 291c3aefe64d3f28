import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { evaluateAnswer, generateQuestions } from "@/lib/ai";
import { askFollowUp, threadOf } from "@/lib/interview-session/follow-ups";
import { recentQuestionIds } from "@/lib/interview-session/queries";
import { findCompany } from "@/lib/companies/queries";
import { questionDocument } from "@/lib/interview-session/sources";
import { type SessionKind, type Setup, type SessionData } from "@/lib/interview-session/schema";
import { StoredFeedbackSchema, type StoredFeedback } from "@/lib/ai/schema";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { QuestionType } from "@/lib/questions/schema";
import type { GeneratedQuestion } from "@/lib/ai/schema";
import { logger } from "@/lib/logger";
import { storeAnswerOnce, storeScore } from "@/lib/interview-session/answers";

// Starting a session, answering it and scoring the answers: the same for both
// kinds. A video session also gets its SessionRecording row, empty until the
// browser uploads the first chunk (lib/interview-session/avatar/recording).

type NewSession = {
  kind: SessionKind;
  role: string;
  level: Setup["level"] | null;
  company: string | null;
  format: Setup["format"];
  sessionData: SessionData;
  questions: Pick<GeneratedQuestion, "text" | "type" | "difficulty" | "talkingPoints" | "reason">[];
  /** Bank question ids, kept so the same question is not asked again soon. */
  bankIds?: (string | null)[];
  /** The cohort assignment the session was run from; its instructor may then read it (docs/decisions/033). */
  assignmentId?: string;
};

/** Stores the session with one answer row per question, in one transaction. */
async function createSession(userId: string, session: NewSession): Promise<{ id: string }> {
  return db().interviewSession.create({
    data: {
      userId,
      kind: session.kind,
      role: session.role,
      level: session.level,
      company: session.company,
      format: session.format,
      questionsPlanned: session.questions.length,
      sessionData: session.sessionData,
      ...(session.assignmentId ? { assignmentId: session.assignmentId } : {}),
      // "local"" until a D-ID video has really played for this session (lib/avatar/talks.ts).
      ...(session.kind === "avatar" ? { recording: { create: { avatarProvider: "local" } } } : {}),
      answers: {
        createMany: {
          data: session.questions.map((question, index) => ({
            userId,
            position: index + 1,
            questionId: session.bankIds?.[index] ?? null,
            questionText: question.text,
            questionType: question.type,
            difficulty: question.difficulty,
            talkingPoints: question.talkingPoints,
            reason: question.reason ?? null,
          })),
        },
      },
    },
    select: { id: true },
  });
}

/**
 * The bank ids among the questions, by position: only the local engine draws from
 * the bank, and even it writes some questions itself (those about a document).
 */
async function bankIdsOf(questions: GeneratedQuestion[], source: string): Promise<(string | null)[]> {
  if (source !== "local") return questions.map(() => null);
  const ids = questions.map((question) => question.id);
  const known = new Set((await db().question.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
  return ids.map((id) => (known.has(id) ? id : null));
}

/** Picks the questions for a setup (the video interview always asks a mixed set) and starts the session. */
export async function startSession(
  userId: string,
  kind: SessionKind,
  setup: Omit<Setup, "format" | "followUps" | "questionSource"> & { format?: Setup["format"]; followUps?: Setup["followUps"]; questionSource?: Setup["questionSource"] },
): Promise<{ id: string }> {
  const company = setup.company ? await findCompany(setup.company) : null;
  if (setup.company && !company) {
    throw new InvalidInputError("Choose a company from the list.", { company: ["Choose a company from the list"] });
  }
  const format = setup.format ?? "mixed";
  const seed = randomUUID();
  const asked = setup.questionSource ?? "bank";
  const document = await questionDocument(
    userId,
    asked === "job" ? { jobDescription: setup.jobDescription ?? "" } : asked === "resume" ? { fromResume: true } : {},
  );
  const { source, questions, fallbackReason, model } = await generateQuestions({
    role: setup.role,
    level: setup.level,
    company,
    format,
    count: setup.count,
    seed,
    excludeIds: await recentQuestionIds(userId),
    document,
  });
  if (questions.length === 0) {
    const tryAnother = kind === "text" ? "Try another format or level." : "Try another level.";
    throw new InvalidInputError(`There are no new questions left for that role and level. ${tryAnother}`);
  }
  return createSession(userId, {
    kind,
    role: setup.role,
    level: setup.level,
    company: company?.name ?? null,
    format,
    sessionData: {
      seed,
      source,
      ...(model ? { model } : {}),
      ...(fallbackReason ? { fallbackReason } : {}),
      ...(company ? { companySlug: company.slug } : {}),
      ...(document ? { questionSource: document.kind, documentTerms: document.reading.keywords.slice(0, 8).map((keyword) => keyword.term) } : {}),
      // The setup form and the API default to DEFAULT_FOLLOW_UPS (SetupSchema); a caller that
      // passes no count (seed, load scripts) asks for none. The video interview's avatar does
      // not ask follow-ups yet, so its sessions plan none.
      followUps: kind === "text" ? (setup.followUps ?? 0) : 0,
    },
    questions,
    bankIds: await bankIdsOf(questions, source),
  });
}

/** A mock interview over the user's own questions (those asked in their real interviews). */
export async function startCustomSession(
  userId: string,
  input: { role: string; level: Setup["level"]; company?: string | null; questions: { text: string; type: QuestionType }[] },
): Promise<{ id: string }> {
  if (input.questions.length === 0) throw new InvalidInputError("Choose at least one question to practise.");
  return createSession(userId, {
    kind: "text",
    role: input.role,
    level: input.level,
    company: input.company ?? null,
    format: "mixed",
    sessionData: { seed: randomUUID(), source: "local" },
    questions: input.questions.map((question) => ({ ...question, difficulty: "medium", talkingPoints: [] })),
  });
}

/** A mock interview over an instructor's question set, in the set's order, tied to the cohort assignment it came from. */
export async function startSetSession(
  userId: string,
  input: {
    assignmentId: string;
    role: string;
    questions: (Pick<GeneratedQuestion, "text" | "type" | "difficulty" | "talkingPoints"> & { questionId: string | null })[];
  },
): Promise<{ id: string }> {
  if (input.questions.length === 0) throw new InvalidInputError("That set has no questions yet.");
  return createSession(userId, {
    kind: "text",
    role: input.role,
    level: null,
    company: null,
    format: "mixed",
    sessionData: { seed: randomUUID(), source: "local" },
    questions: input.questions,
    bankIds: input.questions.map((question) => question.questionId),
    assignmentId: input.assignmentId,
  });
}

/**
 * Stores an answer, then evaluates it. The answer is committed before any
 * evaluation starts, so a failing or slow evaluator never loses it. Submitting
 * the same question twice keeps the first answer (a retried request is harmless).
 */
export async function submitAnswer(
  userId: string,
  kind: SessionKind,
  input: { sessionId: string; answerId: string; answer: string; durationSeconds?: number; recordingOffsetMs?: number },
): Promise<{ saved: true; evaluated: boolean }> {
  const ref = { kind, userId, sessionId: input.sessionId, answerId: input.answerId };
  await storeAnswerOnce(ref, {
    answerText: input.answer,
    answeredAt: new Date(),
    durationSeconds: input.durationSeconds ?? null,
    ...(kind === "avatar" ? { recordingOffsetMs: input.recordingOffsetMs ?? null } : {}),
  });
  const evaluated = await evaluateStoredAnswer(userId, kind, input.sessionId, input.answerId);
  // Asked after the score is stored, so a failing follow-up never costs the answer or its score.
  if (evaluated) await askFollowUp(ref);
  return { saved: true, evaluated };
}

/** Evaluates a stored answer that has no score yet. Returns false when evaluation failed (the answer stays saved). */
export async function evaluateStoredAnswer(userId: string, kind: SessionKind, sessionId: string, answerId: string): Promise<boolean> {
  const answer = await db().sessionAnswer.findFirst({
    where: { id: answerId, sessionId, userId, session: { is: { kind } } },
    select: {
      answerText: true,
      score: true,
      questionText: true,
      questionType: true,
      talkingPoints: true,
      durationSeconds: true,
      parentId: true,
      feedback: true,
      session: { select: { role: true, level: true } },
    },
  });
  if (!answer) throw new NotFoundError("That question is not part of your session");
  if (answer.answerText === null) throw new InvalidInputError("Answer the question before asking for feedback.");
  if (answer.score !== null) return true;

  // A follow-up is scored as its thread so far against the question it follows up: the
  // question's score then reflects everything the candidate said about it.
  const thread = answer.parentId ? await threadOf({ kind, userId, sessionId, answerId }, answer.parentId) : null;
  const scored = await scoreAnswer(
    {
      ...answer,
      ...(thread ? { questionText: thread.questionText, questionType: thread.questionType, talkingPoints: thread.talkingPoints } : {}),
      answerText: thread ? thread.answerText : answer.answerText,
      role: answer.session.role,
      level: answer.session.level,
    },
    answerId,
  );
  if (!scored) return false;
  const askedBy = StoredFeedbackSchema.safeParse(answer.feedback).data?.askedBy;
  if (askedBy) scored.feedback.askedBy = askedBy;

  await storeScore({ kind, userId, sessionId, answerId }, scored);
  return true;
}

/** Runs the evaluator on one stored answer and returns the columns to store, or null when evaluation failed. */
async function scoreAnswer(
  answer: {
    answerText: string;
    questionText: string;
    questionType: QuestionType;
    talkingPoints: string[];
    durationSeconds: number | null;
    role: string;
    level: Setup["level"] | null;
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
