import "server-only";
import { db } from "@/lib/db";
import { ANSWER_FIELDS, parseAnswer } from "@/lib/interview-session/answers";
import { SessionDataSchema, type SessionKind } from "@/lib/interview-session/schema";
import { inThreadOrder } from "@/lib/interview-session/threads";

const PAGE_SIZE = 20;

const SESSION_FIELDS = {
  id: true,
  kind: true,
  role: true,
  level: true,
  company: true,
  format: true,
  questionsPlanned: true,
  questionsAnswered: true,
  averageScore: true,
  completed: true,
  createdAt: true,
} as const;

const RECORDING_SUMMARY = { select: { videoRecorded: true, avatarProvider: true, status: true } } as const;

/** The user's sessions of one kind, newest first. */
export async function listSessions(userId: string, kind: SessionKind, page = 1) {
  return db().interviewSession.findMany({
    where: { userId, kind },
    orderBy: { createdAt: "desc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { ...SESSION_FIELDS, recording: RECORDING_SUMMARY },
  });
}
export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

/** One session of that kind with its questions and answers, or null when it is not this user's. */
export async function getSession(userId: string, kind: SessionKind, sessionId: string) {
  const session = await db().interviewSession.findFirst({
    where: { id: sessionId, userId, kind },
    select: {
      ...SESSION_FIELDS,
      sessionData: true,
      completedAt: true,
      recording: {
        select: {
          status: true,
          videoRecorded: true,
          storageKey: true,
          durationMs: true,
          postureScore: true,
          engagementScore: true,
          avatarProvider: true,
        },
      },
      answers: {
        orderBy: { position: "asc" },
        select: { ...ANSWER_FIELDS, recordingOffsetMs: true },
      },
    },
  });
  if (!session) return null;
  const didTalks = kind === "avatar" ? await db().avatarTalk.count({ where: { userId, sessionId, status: "done" } }) : 0;
  return {
    ...session,
    sessionData: SessionDataSchema.safeParse(session.sessionData).data ?? null,
    // Each question followed by its follow-ups, as they were asked.
    answers: inThreadOrder(session.answers.map(parseAnswer)),
    didTalks,
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
