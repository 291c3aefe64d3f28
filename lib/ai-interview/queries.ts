import "server-only";
import { db } from "@/lib/db";
import { ANSWER_FIELDS, parseAnswer } from "@/lib/ai-interview/answers";
import { SessionDataSchema } from "@/lib/ai-interview/schema";

const PAGE_SIZE = 20;

const SESSION_FIELDS = {
  id: true,
  position: true,
  level: true,
  company: true,
  format: true,
  questionsAsked: true,
  questionsAnswered: true,
  averageScore: true,
  completed: true,
} as const;

/** The user's sessions, newest first. */
export async function listSessions(userId: string, page = 1) {
  return db().aiInterviewSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { ...SESSION_FIELDS, createdAt: true },
  });
}

/** One session with its questions and answers, or null when it is not this user's. */
export async function getSession(userId: string, sessionId: string) {
  const session = await db().aiInterviewSession.findFirst({
    where: { id: sessionId, userId },
    select: {
      ...SESSION_FIELDS,
      sessionData: true,
      createdAt: true,
      completedAt: true,
      answers: {
        orderBy: { position: "asc" },
        select: ANSWER_FIELDS,
      },
    },
  });
  if (!session) return null;
  return {
    ...session,
    sessionData: SessionDataSchema.safeParse(session.sessionData).data ?? null,
    answers: session.answers.map(parseAnswer),
  };
}
export type SessionView = NonNullable<Awaited<ReturnType<typeof getSession>>>;
export type AnswerView = SessionView["answers"][number];

/** Bank questions the user answered in the last 30 days: never asked again soon. */
export async function recentQuestionIds(userId: string, now = new Date()): Promise<string[]> {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await db().sessionAnswer.findMany({
    where: { userId, questionId: { not: null }, createdAt: { gte: since } },
    select: { questionId: true },
    distinct: ["questionId"],
  });
  return rows.flatMap((row) => (row.questionId ? [row.questionId] : []));
}
