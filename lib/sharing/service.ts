import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { NamedLimit } from "@/lib/rate-limit";
import { canReviewSession, type SessionRef, type Viewer } from "@/lib/sharing/access";
import {
  parseTimestamp,
  formatTimestamp,
  type AddCommentSchema,
  type CreateShareLinkSchema,
  type DeleteCommentSchema,
  type RevokeShareSchema,
  type SaveReviewSchema,
  type ShareScopeValue,
  type ShareWithInstructorSchema,
  type Rubric,
} from "@/lib/sharing/schema";
import { newShareToken } from "@/lib/sharing/token";
import type { z } from "zod";

// Writes of the sharing feature. Shares are written only by their owner;
// reviews and comments only by an instructor access.ts lets review the session.

const NO_SESSION = "That session does not exist or belongs to another account.";
export const NO_INSTRUCTOR =
  "No instructor account uses that email. Check the address with your instructor; they need to register as an instructor first.";
const NOT_SHARED = "That session was not shared with you, or the share was revoked.";

type Target = { scope: ShareScopeValue; sessionId: string | null };

/** The owner's own dashboard or session; anyone else's id is "not found". */
async function ownTarget(userId: string, scope: ShareScopeValue, sessionId: string): Promise<Target> {
  if (scope === "dashboard") return { scope, sessionId: null };
  const found = await db().interviewSession.findFirst({ where: { id: sessionId, userId }, select: { id: true } });
  if (!found) throw new InvalidInputError(NO_SESSION, { sessionId: [NO_SESSION] });
  return { scope, sessionId: found.id };
}

export async function createShareLink(userId: string, input: z.output<typeof CreateShareLinkSchema>, at: Date) {
  const target = await ownTarget(userId, input.scope, input.sessionId);
  const days = input.expiresInDays === "" ? null : Number(input.expiresInDays);
  return db().shareLink.create({
    data: {
      userId,
      token: newShareToken(),
      ...target,
      expiresAt: days === null ? null : new Date(at.getTime() + days * 86_400_000),
    },
    select: { id: true, token: true },
  });
}

/** Shares a student may attempt per hour: each attempt tells whether an address is an instructor's. */
export const SHARE_INSTRUCTOR_LIMIT = {
  name: "share-instructor",
  points: 30,
  durationSeconds: 60 * 60,
} as const satisfies NamedLimit;

/**
 * Shares with a registered instructor. The answer for an address that is not an
 * instructor is the same whether it is a student's or nobody's, so the form
 * reveals only whether an instructor account exists; a per-user budget
 * (SHARE_INSTRUCTOR_LIMIT, spent by the action) stops anyone probing many addresses.
 */
export async function shareWithInstructor(student: Viewer, input: z.output<typeof ShareWithInstructorSchema>) {
  const target = await ownTarget(student.id, input.scope, input.sessionId);
  const instructor = await db().user.findFirst({
    where: { email: input.email, role: "instructor" },
    select: { id: true, name: true },
  });
  if (!instructor) throw new InvalidInputError(NO_INSTRUCTOR, { email: [NO_INSTRUCTOR] });
  if (instructor.id === student.id) {
    throw new InvalidInputError("You cannot share with yourself.", { email: ["You cannot share with yourself."] });
  }
  const existing = await db().instructorShare.findFirst({
    where: { studentId: student.id, instructorId: instructor.id, revokedAt: null, ...target },
    select: { id: true },
  });
  if (existing) return { id: existing.id, instructorName: instructor.name, created: false };
  const share = await db().instructorShare.create({
    data: { studentId: student.id, instructorId: instructor.id, ...target },
    select: { id: true },
  });
  return { id: share.id, instructorName: instructor.name, created: true };
}

/** Revokes the owner's own share; an id that is not theirs, or already revoked, is "not found". */
export async function revokeShare(userId: string, { kind, id }: z.output<typeof RevokeShareSchema>, at: Date) {
  const { count } =
    kind === "link"
      ? await db().shareLink.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: at } })
      : await db().instructorShare.updateMany({
          where: { id, studentId: userId, revokedAt: null },
          data: { revokedAt: at },
        });
  if (count === 0) throw new NotFoundError("That share does not exist or was already revoked.");
  return { id };
}

function refOf(input: { sessionId: string }): SessionRef {
  return { id: input.sessionId };
}

export async function saveReview(viewer: Viewer, input: z.output<typeof SaveReviewSchema>) {
  const ref = refOf(input);
  const access = await canReviewSession(viewer, ref);
  if (!access) throw new NotFoundError(NOT_SHARED);
  const rubric: Rubric = {
    structure: input.structure,
    clarity: input.clarity,
    technicalDepth: input.technicalDepth,
    concreteResults: input.concreteResults,
    delivery: input.delivery,
  };
  const summary = input.summary === "" ? null : input.summary;
  const existing = await db().sessionReview.findFirst({
    where: { instructorId: viewer.id, sessionId: ref.id },
    select: { id: true },
  });
  if (existing) {
    return db().sessionReview.update({ where: { id: existing.id }, data: { rubric, summary }, select: { id: true } });
  }
  return db().sessionReview.create({
    data: { instructorId: viewer.id, studentId: access.studentId, sessionId: ref.id, rubric, summary },
    select: { id: true },
  });
}

export async function addComment(viewer: Viewer, input: z.output<typeof AddCommentSchema>) {
  const ref = refOf(input);
  const access = await canReviewSession(viewer, ref);
  if (!access) throw new NotFoundError(NOT_SHARED);
  let answerId: string | null = null;
  let offsetMs: number | null = null;
  if (input.answerId !== "") {
    const answer = await db().sessionAnswer.findFirst({
      where: { id: input.answerId, userId: access.studentId, sessionId: ref.id },
      select: {
        id: true,
        durationSeconds: true,
        session: { select: { kind: true, recording: { select: { durationMs: true } } } },
      },
    });
    if (!answer)
      throw new InvalidInputError("Choose an answer from this session.", {
        answerId: ["Choose an answer from this session."],
      });
    answerId = answer.id;
    offsetMs = parseTimestamp(input.at);
    const limitMs = momentLimit(answer);
    if (offsetMs !== null && limitMs !== null && offsetMs > limitMs) {
      const message = `That moment is past the end (${formatTimestamp(limitMs)}).`;
      throw new InvalidInputError(message, { at: [message] });
    }
  }
  return db().reviewComment.create({
    data: {
      instructorId: viewer.id,
      studentId: access.studentId,
      sessionId: ref.id,
      answerId,
      offsetMs,
      body: input.body,
    },
    select: { id: true },
  });
}

/** How far a moment may go: the answer's length (typed answers) or the recording's (video), when known. */
function momentLimit(answer: {
  durationSeconds: number | null;
  session: { kind: "text" | "avatar"; recording: { durationMs: number | null } | null };
}): number | null {
  if (answer.session.kind === "text") return answer.durationSeconds === null ? null : answer.durationSeconds * 1000;
  return answer.session.recording?.durationMs ?? null;
}

/** An instructor removes one of their own comments. */
export async function deleteComment(viewer: Viewer, { id }: z.output<typeof DeleteCommentSchema>) {
  const { count } = await db().reviewComment.deleteMany({ where: { id, instructorId: viewer.id } });
  if (count === 0) throw new NotFoundError("That comment does not exist or is not yours.");
  return { id };
}
