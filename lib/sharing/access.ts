import "server-only";
import { db } from "@/lib/db";
import type { UserRole } from "@/prisma/generated/client/enums";
import type { ShareScopeValue } from "@/lib/sharing/schema";
import type { SessionKind } from "@/lib/interview-session/schema";
import { isWellFormedToken } from "@/lib/sharing/token";

// The one place that decides who may see what was shared (docs/decisions/018).
// Every page, action and route of the sharing feature asks here; nothing else
// reads share_link or instructor_share to grant access.
//
// Rules:
// - The owner always sees their own data.
// - An instructor sees a session only through an active (not revoked) instructor
//   share of THAT session; a dashboard share grants the dashboard's aggregate
//   figures only, never a session, its answers or its recording.
// - A share link shows exactly its one resource while it is neither revoked nor
//   expired, to anyone holding the token. It never grants reviewing.
// - An instructor also sees a session its student ran from a set assigned to one of
//   that instructor's cohorts, while the student is still a member (docs/decisions/033).
//   The student is told so before starting; no other session is opened this way.
// - Only an instructor with an active share of a session may review or comment
//   on it, and only as themselves; nobody but the owner changes the owner's data.

export type Viewer = { id: string; role: UserRole };
/** A session by id; `kind`, when given, must match too (a page for one kind shows only that kind). */
export type SessionRef = { id: string; kind?: SessionKind };
/** `via` says why an instructor may read it: the student shared it, or it was run from a set assigned to the instructor's cohort. */
export type SessionAccess = { studentId: string; as: "owner" } | { studentId: string; as: "instructor"; via: "share" | "cohort" };

/** The session's owner, or null when there is no such session. */
async function ownerOf(ref: SessionRef): Promise<string | null> {
  const row = await db().interviewSession.findFirst({
    where: { id: ref.id, ...(ref.kind ? { kind: ref.kind } : {}) },
    select: { userId: true },
  });
  return row?.userId ?? null;
}

/** True when the instructor holds an active share of this exact session from this student. */
async function hasSessionShare(instructorId: string, studentId: string, ref: SessionRef): Promise<boolean> {
  const share = await db().instructorShare.findFirst({
    where: { instructorId, studentId, scope: "session", revokedAt: null, sessionId: ref.id },
    select: { id: true },
  });
  return share !== null;
}

/** True when the student ran this session from an assignment of a cohort this instructor teaches and they are in. */
async function isCohortSession(instructorId: string, studentId: string, ref: SessionRef): Promise<boolean> {
  const session = await db().interviewSession.findFirst({
    where: { id: ref.id, userId: studentId, assignment: { is: { cohort: { instructorId, members: { some: { studentId } } } } } },
    select: { id: true },
  });
  return session !== null;
}

/** Who may read a session, and as whom; null means "answer 404". */
export async function canViewSession(viewer: Viewer | null, ref: SessionRef): Promise<SessionAccess | null> {
  if (!viewer) return null;
  const studentId = await ownerOf(ref);
  if (!studentId) return null;
  if (studentId === viewer.id) return { studentId, as: "owner" };
  if (viewer.role !== "instructor") return null;
  if (await hasSessionShare(viewer.id, studentId, ref)) return { studentId, as: "instructor", via: "share" };
  if (await isCohortSession(viewer.id, studentId, ref)) return { studentId, as: "instructor", via: "cohort" };
  return null;
}

/** Only an instructor the owner shared this session with may review it; returns the student. */
export async function canReviewSession(viewer: Viewer | null, ref: SessionRef): Promise<{ studentId: string; via: "share" | "cohort" } | null> {
  const access = await canViewSession(viewer, ref);
  return access?.as === "instructor" ? { studentId: access.studentId, via: access.via } : null;
}

/** The owner, or an instructor holding an active dashboard share from this student. */
export async function canViewDashboard(viewer: Viewer | null, studentId: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.id === studentId) return true;
  if (viewer.role !== "instructor") return false;
  const share = await db().instructorShare.findFirst({
    where: { instructorId: viewer.id, studentId, scope: "dashboard", revokedAt: null },
    select: { id: true },
  });
  return share !== null;
}

/** True when the instructor holds any active share from this student (the student appears in their list). */
export async function canSeeStudent(viewer: Viewer | null, studentId: string): Promise<boolean> {
  if (!viewer || viewer.role !== "instructor") return false;
  const share = await db().instructorShare.findFirst({
    where: { instructorId: viewer.id, studentId, revokedAt: null },
    select: { id: true },
  });
  return share !== null;
}

/**
 * For a video session's recording check: may this (non-owner) viewer watch that
 * session? Yes only for an instructor with an active share of that very session
 * (a dashboard share does not include recordings). One query scoped by the
 * viewer and the share, asked again on every range request of the player, so a
 * revoked share stops playback at once. Returns the owner, or null.
 */
export async function instructorMayViewSession(
  viewerId: string,
  sessionId: string,
  kind: SessionKind,
): Promise<string | null> {
  const share = await db().instructorShare.findFirst({
    where: {
      instructorId: viewerId,
      instructor: { is: { role: "instructor" } },
      scope: "session",
      revokedAt: null,
      sessionId,
      session: { is: { kind } },
    },
    select: { studentId: true, session: { select: { userId: true } } },
  });
  // A share only counts for the student's own session.
  return share && share.session?.userId === share.studentId ? share.studentId : null;
}

/**
 * The session of a kind that an active share link shows: the token names it,
 * and the link must be neither revoked nor expired at `at`, all in one query
 * scoped by the token. For the share-link recording route, which asks on every
 * range request, so revoking the link stops a player that is already open.
 */
export async function linkedSession(
  token: string,
  at: Date,
  kind: SessionKind,
): Promise<{ studentId: string; sessionId: string } | null> {
  if (!isWellFormedToken(token)) return null;
  const link = await db().shareLink.findFirst({
    where: {
      token,
      scope: "session",
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: at } }],
      session: { is: { kind } },
    },
    select: { userId: true, sessionId: true, session: { select: { userId: true } } },
  });
  if (!link?.sessionId || link.session?.userId !== link.userId) return null;
  return { studentId: link.userId, sessionId: link.sessionId };
}

export type ResolvedLink = { studentId: string; scope: ShareScopeValue; sessionId: string | null };

/** The resource a share link shows, or null (404) when the token is malformed, unknown, revoked or expired. */
export async function resolveShareLink(token: string, at: Date): Promise<ResolvedLink | null> {
  if (!isWellFormedToken(token)) return null;
  const link = await db().shareLink.findUnique({
    where: { token },
    select: { userId: true, scope: true, sessionId: true, expiresAt: true, revokedAt: true },
  });
  if (!link || link.revokedAt !== null) return null;
  if (link.expiresAt !== null && link.expiresAt.getTime() <= at.getTime()) return null;
  return { studentId: link.userId, scope: link.scope, sessionId: link.sessionId };
}

/** Status of a share link at a moment, for the management page. */
export function linkStatus(
  link: { expiresAt: Date | null; revokedAt: Date | null },
  at: Date,
): "active" | "expired" | "revoked" {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= at.getTime()) return "expired";
  return "active";
}
