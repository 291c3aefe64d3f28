import "server-only";
import { db } from "@/lib/db";
import { getSession } from "@/lib/interview-session/queries";
import type { SessionKind } from "@/lib/interview-session/schema";
import { getAnalytics } from "@/lib/analytics/queries";
import { getDashboardSummary } from "@/lib/dashboard/queries";
import { linkStatus, type SessionRef } from "@/lib/sharing/access";
import { RubricSchema, type ShareScopeValue } from "@/lib/sharing/schema";

// Reads of the sharing feature. Each takes the id of the person whose data it
// returns AFTER access.ts has said the viewer may see it; none decides access.

type TargetRow = {
  scope: ShareScopeValue;
  session: { id: string; kind: SessionKind; role: string; company: string | null; createdAt: Date } | null;
};
const TARGET_SELECT = {
  scope: true,
  session: { select: { id: true, kind: true, role: true, company: true, createdAt: true } },
} as const;

export type ShareTarget = { scope: ShareScopeValue; sessionId: string | null; kind: SessionKind | null; title: string; date: Date | null };

const titleOf = (session: { role: string; company: string | null }) => `${session.role}${session.company ? ` at ${session.company}` : ""}`;

function describe(row: TargetRow): ShareTarget {
  const s = row.session;
  if (s) return { scope: row.scope, sessionId: s.id, kind: s.kind, title: titleOf(s), date: s.createdAt };
  return { scope: row.scope, sessionId: null, kind: null, title: "Your dashboard", date: null };
}

/** Everything the student has shared, newest first, with each link's status now. */
export async function listMyShares(userId: string, at: Date) {
  const [links, instructors] = await Promise.all([
    db().shareLink.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, token: true, expiresAt: true, revokedAt: true, createdAt: true, ...TARGET_SELECT },
    }),
    db().instructorShare.findMany({
      where: { studentId: userId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, revokedAt: true, createdAt: true, instructor: { select: { name: true, email: true } }, ...TARGET_SELECT },
    }),
  ]);
  return {
    links: links.map((link) => ({
      id: link.id,
      token: link.token,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
      status: linkStatus(link, at),
      target: describe(link),
    })),
    instructors: instructors.map((share) => ({
      id: share.id,
      createdAt: share.createdAt,
      status: share.revokedAt ? ("revoked" as const) : ("active" as const),
      instructor: share.instructor,
      target: describe(share),
    })),
  };
}
export type MyShares = Awaited<ReturnType<typeof listMyShares>>;

/** The student's recent sessions of both kinds, offered in the share form. */
export async function listShareableSessions(userId: string) {
  const sessions = await db().interviewSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, role: true, company: true, createdAt: true },
  });
  return sessions.map((s) => ({ id: s.id, kind: s.kind, title: titleOf(s), date: s.createdAt }));
}
export type ShareableSession = Awaited<ReturnType<typeof listShareableSessions>>[number];

/** The students who have an active share with this instructor, by name. */
export async function listStudents(instructorId: string) {
  const shares = await db().instructorShare.findMany({
    where: { instructorId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { scope: true, createdAt: true, student: { select: { id: true, name: true } } },
  });
  const students = new Map<string, { id: string; name: string; dashboard: boolean; sessions: number; lastShared: Date }>();
  for (const share of shares) {
    const entry = students.get(share.student.id) ?? { ...share.student, dashboard: false, sessions: 0, lastShared: share.createdAt };
    if (share.scope === "dashboard") entry.dashboard = true;
    else entry.sessions += 1;
    students.set(share.student.id, entry);
  }
  return [...students.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** What one student shared with this instructor (active shares only). */
export async function getStudentShares(instructorId: string, studentId: string) {
  const shares = await db().instructorShare.findMany({
    where: { instructorId, studentId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, student: { select: { name: true } }, ...TARGET_SELECT },
  });
  const first = shares[0];
  if (!first) return null;
  const sessions = new Map<string, ShareTarget & { sharedAt: Date }>();
  for (const share of shares) {
    const target = describe(share);
    if (target.sessionId && !sessions.has(target.sessionId)) sessions.set(target.sessionId, { ...target, sharedAt: share.createdAt });
  }
  return {
    name: first.student.name,
    dashboard: shares.some((share) => share.scope === "dashboard"),
    sessions: [...sessions.values()],
  };
}

/** The read-only dashboard of a student: headline figures and the analytics of the default range (UTC days). */
export async function getSharedDashboard(studentId: string, at: Date) {
  const [summary, analytics] = await Promise.all([getDashboardSummary(studentId, at), getAnalytics(studentId, {}, { now: at })]);
  return { summary, analytics };
}
export type SharedDashboardData = Awaited<ReturnType<typeof getSharedDashboard>>;

/** A session of the student, read-only (the session domain's own query, filtered by the owner). */
export async function getSharedSession(studentId: string, kind: SessionKind, sessionId: string) {
  return getSession(studentId, kind, sessionId);
}
export type SharedSession = NonNullable<Awaited<ReturnType<typeof getSharedSession>>>;

/** A session of the student of whichever kind it is, read-only. */
export async function getSharedSessionById(studentId: string, sessionId: string) {
  const found = await db().interviewSession.findFirst({ where: { id: sessionId, userId: studentId }, select: { kind: true } });
  return found ? getSession(studentId, found.kind, sessionId) : null;
}

async function reviewsWhere(where: { studentId: string; instructorId?: string }, ref: SessionRef) {
  const [reviews, comments] = await Promise.all([
    db().sessionReview.findMany({
      where: { ...where, sessionId: ref.id },
      orderBy: { updatedAt: "desc" },
      select: { id: true, rubric: true, summary: true, updatedAt: true, instructor: { select: { name: true } } },
    }),
    db().reviewComment.findMany({
      where: { ...where, sessionId: ref.id },
      orderBy: [{ createdAt: "asc" }],
      take: 500,
      select: {
        id: true,
        body: true,
        offsetMs: true,
        createdAt: true,
        instructor: { select: { name: true } },
        answer: { select: { id: true, position: true, questionText: true } },
      },
    }),
  ]);
  return {
    reviews: reviews.map((review) => ({
      id: review.id,
      instructorName: review.instructor.name,
      rubric: RubricSchema.safeParse(review.rubric).data ?? null,
      summary: review.summary,
      updatedAt: review.updatedAt,
    })),
    comments: comments
      .map((comment) => ({
        id: comment.id,
        body: comment.body,
        offsetMs: comment.offsetMs,
        createdAt: comment.createdAt,
        instructorName: comment.instructor.name,
        answer: comment.answer,
      }))
      // By answer, then by moment, so comments read along the session.
      .sort((a, b) => (a.answer?.position ?? 0) - (b.answer?.position ?? 0) || (a.offsetMs ?? -1) - (b.offsetMs ?? -1)),
  };
}
export type SessionReviewsData = Awaited<ReturnType<typeof reviewsWhere>>;

/** Every instructor's review of the student's own session: for the student's session page. */
export async function getReviewsForOwner(ownerId: string, ref: SessionRef): Promise<SessionReviewsData> {
  return reviewsWhere({ studentId: ownerId }, ref);
}

/** Only this instructor's own review and comments on a session shared with them. */
export async function getReviewsByInstructor(instructorId: string, studentId: string, ref: SessionRef): Promise<SessionReviewsData> {
  return reviewsWhere({ studentId, instructorId }, ref);
}
