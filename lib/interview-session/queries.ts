import "server-only";
import { db } from "@/lib/db";
import { ANSWER_FIELDS, parseAnswer } from "@/lib/ai-interview/answers";

const PAGE_SIZE = 20;

const SESSION_FIELDS = {
  id: true,
  jobRole: true,
  company: true,
  experienceLevel: true,
  questionsCount: true,
  questionsCompleted: true,
  averageScore: true,
  completed: true,
  videoRecorded: true,
  avatarProvider: true,
  createdAt: true,
} as const;

/** The user's avatar sessions, newest first. */
export async function listAvatarSessions(userId: string, page = 1) {
  return db().avatarInterviewSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: SESSION_FIELDS,
  });
}
export type AvatarSessionRow = Awaited<ReturnType<typeof listAvatarSessions>>[number];

/** One avatar session with its questions and answers, or null when it is not this user's. */
export async function getAvatarSession(userId: string, sessionId: string) {
  const session = await db().avatarInterviewSession.findFirst({
    where: { id: sessionId, userId },
    select: {
      ...SESSION_FIELDS,
      completedAt: true,
      postureScore: true,
      engagementScore: true,
      sessionFile: true,
      recordingStatus: true,
      recordingDurationMs: true,
      answers: {
        orderBy: { position: "asc" },
        select: { ...ANSWER_FIELDS, recordingOffsetMs: true },
      },
    },
  });
  if (!session) return null;
  const didTalks = await db().avatarTalk.count({ where: { userId, avatarSessionId: sessionId, status: "done" } });
  return {
    ...session,
    didTalks,
    answers: session.answers.map(parseAnswer),
  };
}
export type AvatarSessionView = NonNullable<Awaited<ReturnType<typeof getAvatarSession>>>;
