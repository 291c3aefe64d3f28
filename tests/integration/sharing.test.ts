// Sharing and instructor reviews against real PostgreSQL: for every shared
// resource type (dashboard, typed session, video session) an instructor sees only
// what was shared with them, never writes the student's data, and links die on
// revocation and expiry.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import {
  canReviewSession,
  canSeeStudent,
  canViewDashboard,
  canViewSession,
  instructorMayViewSession,
  resolveShareLink,
  type SessionRef,
} from "@/lib/sharing/access";
import { addComment, createShareLink, deleteComment, revokeShare, saveReview, shareWithInstructor, NO_INSTRUCTOR } from "@/lib/sharing/service";
import { getReviewsByInstructor, getReviewsForOwner, getStudentShares, listMyShares, listStudents } from "@/lib/sharing/queries";
import { AddCommentSchema, CreateShareLinkSchema, SaveReviewSchema, ShareWithInstructorSchema } from "@/lib/sharing/schema";
import { TOKEN_LENGTH, newShareToken } from "@/lib/sharing/token";
import { isRecordingOwner, recordingFor } from "@/lib/interview-session/avatar/recording/access";
import { createSession, createUser } from "../factories";

vi.mock("@/lib/rate-limit", () => ({ consume: async () => undefined }));

type Person = Awaited<ReturnType<typeof createUser>>;
const NOW = new Date("2030-03-01T12:00:00Z");

async function aiSession(owner: Person) {
  const session = await createSession(owner.id, {
    kind: "text",
    answers: [{ questionText: "Tell me about a conflict", answerText: "We disagreed, I listened.", durationSeconds: 90, score: 6 }],
  });
  return { ref: { id: session.id, kind: "text" } as SessionRef, answerId: session.answerIds[0]! };
}

async function avatarSession(owner: Person) {
  const session = await createSession(owner.id, {
    kind: "avatar",
    recording: { durationMs: 120_000, status: "complete" },
    answers: [{ questionText: "Why data?", answerText: "I like numbers.", recordingOffsetMs: 5_000 }],
  });
  return { ref: { id: session.id, kind: "avatar" } as SessionRef, answerId: session.answerIds[0]! };
}

/** May this instructor watch the session's recording? */
const mayWatch = async (viewerId: string, sessionId: string) => (await recordingFor(viewerId, sessionId)) !== null;

const asViewer = (person: Person) => ({ id: person.id, role: person.role });

/** Everything of the student's a reviewer could conceivably change. */
async function studentData(student: Person) {
  return {
    user: await db().user.findUnique({ where: { id: student.id }, select: { name: true, email: true, role: true } }),
    sessions: await db().interviewSession.findMany({ where: { userId: student.id }, orderBy: { id: "asc" } }),
    recordings: await db().sessionRecording.findMany({ where: { session: { userId: student.id } }, orderBy: { sessionId: "asc" } }),
    answers: await db().sessionAnswer.findMany({ where: { userId: student.id }, orderBy: { id: "asc" } }),
    links: await db().shareLink.findMany({ where: { userId: student.id }, orderBy: { id: "asc" } }),
    shares: await db().instructorShare.findMany({ where: { studentId: student.id }, orderBy: { id: "asc" } }),
  };
}

const share = (student: Person, email: string, scope: "dashboard" | "session", sessionId = "") =>
  shareWithInstructor(asViewer(student), ShareWithInstructorSchema.parse({ scope, sessionId, email }));

const review = (viewer: Person, ref: SessionRef) =>
  saveReview(asViewer(viewer), SaveReviewSchema.parse({ sessionId: ref.id, structure: 4, clarity: 3, technicalDepth: 5, concreteResults: 2, delivery: 4, summary: "Solid" }));

const comment = (viewer: Person, ref: SessionRef, answerId: string, at = "0:30") =>
  addComment(asViewer(viewer), AddCommentSchema.parse({ sessionId: ref.id, answerId, at, body: "Slow down here" }));

describe("share tokens", () => {
  it("are 256-bit base64url strings, 43 characters, never repeated", () => {
    const tokens = Array.from({ length: 2000 }, () => newShareToken());
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens.slice(0, 50)) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
    expect(TOKEN_LENGTH).toBe(43);
    // Every base64url symbol turns up across the sample: no narrowed alphabet.
    expect(new Set(tokens.join("")).size).toBe(64);
  });

  it("are stored as generated and resolve only to their one resource", async () => {
    const student = await createUser();
    const { ref } = await aiSession(student);
    const link = await createShareLink(student.id, CreateShareLinkSchema.parse({ scope: "session", sessionId: ref.id }), NOW);
    expect(link.token).toHaveLength(43);
    expect(await resolveShareLink(link.token, NOW)).toEqual({ studentId: student.id, scope: "session", sessionId: ref.id });
    expect(await resolveShareLink(`${link.token.slice(0, 42)}${link.token[42] === "A" ? "B" : "A"}`, NOW)).toBeNull();
    expect(await resolveShareLink("short", NOW)).toBeNull();
    expect(await resolveShareLink("' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NOW)).toBeNull();
  });
});

describe("share links", () => {
  it("expire at their expiry time and stop resolving (404)", async () => {
    const student = await createUser();
    const link = await createShareLink(student.id, CreateShareLinkSchema.parse({ scope: "dashboard", expiresInDays: "7" }), NOW);
    const stored = await db().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.expiresAt?.toISOString()).toBe("2030-03-08T12:00:00.000Z");
    expect(await resolveShareLink(link.token, new Date("2030-03-08T11:59:59Z"))).not.toBeNull();
    expect(await resolveShareLink(link.token, new Date("2030-03-08T12:00:00Z"))).toBeNull();
    expect((await listMyShares(student.id, new Date("2030-03-09T00:00:00Z"))).links[0]?.status).toBe("expired");
  });

  it("stop resolving the moment they are revoked; only the owner can revoke", async () => {
    const student = await createUser();
    const other = await createUser();
    const { ref } = await avatarSession(student);
    const link = await createShareLink(student.id, CreateShareLinkSchema.parse({ scope: "session", sessionId: ref.id }), NOW);
    await expect(revokeShare(other.id, { kind: "link", id: link.id }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await resolveShareLink(link.token, NOW)).not.toBeNull();
    await revokeShare(student.id, { kind: "link", id: link.id }, NOW);
    expect(await resolveShareLink(link.token, NOW)).toBeNull();
    expect((await listMyShares(student.id, NOW)).links[0]?.status).toBe("revoked");
    await expect(revokeShare(student.id, { kind: "link", id: link.id }, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cannot be made for someone else's session", async () => {
    const student = await createUser();
    const intruder = await createUser();
    const ai = await aiSession(student);
    const avatar = await avatarSession(student);
    for (const ref of [ai.ref, avatar.ref]) {
      await expect(createShareLink(intruder.id, CreateShareLinkSchema.parse({ scope: "session", sessionId: ref.id }), NOW)).rejects.toBeInstanceOf(InvalidInputError);
    }
    expect(await db().shareLink.count({ where: { OR: [{ sessionId: ai.ref.id }, { sessionId: avatar.ref.id }] } })).toBe(0);
  });
});

describe("sharing with an instructor by email", () => {
  it("answers the same for a student's email and an unknown one, and shares nothing", async () => {
    const student = await createUser();
    const classmate = await createUser();
    const a = await share(student, classmate.email, "dashboard").catch((e: unknown) => e);
    const b = await share(student, "nobody-here@example.test", "dashboard").catch((e: unknown) => e);
    expect(a).toBeInstanceOf(InvalidInputError);
    expect(b).toBeInstanceOf(InvalidInputError);
    expect((a as InvalidInputError).message).toBe(NO_INSTRUCTOR);
    expect((b as InvalidInputError).fieldErrors).toEqual((a as InvalidInputError).fieldErrors);
    expect(await db().instructorShare.count({ where: { studentId: student.id } })).toBe(0);
  });

  it("shares once per target, case-insensitively by email, and lists the student for the instructor", async () => {
    const student = await createUser({ name: "Sam Student" });
    const instructor = await createUser({ role: "instructor" });
    expect(await listStudents(instructor.id)).toEqual([]);
    const first = await share(student, instructor.email.toUpperCase(), "dashboard");
    const again = await share(student, instructor.email, "dashboard");
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(await listStudents(instructor.id)).toMatchObject([{ id: student.id, name: "Sam Student", dashboard: true, sessions: 0 }]);
  });

  it("refuses to share with yourself", async () => {
    const instructor = await createUser({ role: "instructor" });
    await expect(share(instructor, instructor.email, "dashboard")).rejects.toThrow(/yourself/);
  });
});

describe("what an instructor can see, per shared resource type", () => {
  it("dashboard: only the dashboard of the student who shared it, and no session", async () => {
    const student = await createUser();
    const otherStudent = await createUser();
    const instructor = await createUser({ role: "instructor" });
    const stranger = await createUser({ role: "instructor" });
    const { ref } = await aiSession(student);
    const avatar = await avatarSession(student);
    const { id } = await share(student, instructor.email, "dashboard");

    expect(await canViewDashboard(asViewer(instructor), student.id)).toBe(true);
    expect(await canViewDashboard(asViewer(instructor), otherStudent.id)).toBe(false);
    expect(await canViewDashboard(asViewer(stranger), student.id)).toBe(false);
    expect(await canViewDashboard(asViewer(otherStudent), student.id)).toBe(false);
    expect(await canViewSession(asViewer(instructor), ref)).toBeNull();
    expect(await canViewSession(asViewer(instructor), avatar.ref)).toBeNull();
    expect(await mayWatch(instructor.id, avatar.ref.id)).toBe(false);
    expect((await getStudentShares(instructor.id, student.id))?.sessions).toEqual([]);
    expect(await getStudentShares(stranger.id, student.id)).toBeNull();

    await revokeShare(student.id, { kind: "instructor", id }, NOW);
    expect(await canViewDashboard(asViewer(instructor), student.id)).toBe(false);
    expect(await canSeeStudent(asViewer(instructor), student.id)).toBe(false);
    expect(await listStudents(instructor.id)).toEqual([]);
  });

  for (const kind of ["text", "avatar"] as const) {
    it(`${kind}: only that session, reviewable only by that instructor, never changing the student's data`, async () => {
      const student = await createUser();
      const instructor = await createUser({ role: "instructor" });
      const stranger = await createUser({ role: "instructor" });
      const classmate = await createUser();
      const make = kind === "text" ? aiSession : avatarSession;
      const shared = await make(student);
      const unshared = await make(student);
      const { id: shareId } = await share(student, instructor.email, "session", shared.ref.id);
      const before = await studentData(student);

      expect(await canViewSession(asViewer(instructor), shared.ref)).toEqual({ studentId: student.id, as: "instructor", via: "share" });
      expect(await canViewSession(asViewer(student), shared.ref)).toEqual({ studentId: student.id, as: "owner" });
      expect(await canViewSession(asViewer(instructor), unshared.ref)).toBeNull();
      expect(await canViewSession(asViewer(stranger), shared.ref)).toBeNull();
      expect(await canViewSession(asViewer(classmate), shared.ref)).toBeNull();
      expect(await canViewSession(null, shared.ref)).toBeNull();
      // The wrong kind with the right id is not a back door.
      expect(await canViewSession(asViewer(instructor), { kind: kind === "text" ? "avatar" : "text", id: shared.ref.id })).toBeNull();
      expect(await canViewDashboard(asViewer(instructor), student.id)).toBe(false);
      expect(await canReviewSession(asViewer(student), shared.ref)).toBeNull();
      expect(await instructorMayViewSession(instructor.id, shared.ref.id, "avatar")).toBe(kind === "avatar" ? student.id : null);
      expect(await mayWatch(instructor.id, shared.ref.id)).toBe(kind === "avatar");
      expect(await mayWatch(stranger.id, shared.ref.id)).toBe(false);

      // Reviews: the shared instructor may; nobody else, and not on the unshared session.
      await review(instructor, shared.ref);
      await comment(instructor, shared.ref, shared.answerId, "1:05");
      for (const [who, ref, answerId] of [
        [stranger, shared.ref, shared.answerId],
        [classmate, shared.ref, shared.answerId],
        [student, shared.ref, shared.answerId],
        [instructor, unshared.ref, unshared.answerId],
      ] as const) {
        await expect(review(who, ref)).rejects.toBeInstanceOf(NotFoundError);
        await expect(comment(who, ref, answerId)).rejects.toBeInstanceOf(NotFoundError);
      }
      // An answer of another session cannot be pinned to this one.
      await expect(comment(instructor, shared.ref, unshared.answerId)).rejects.toBeInstanceOf(InvalidInputError);

      const mine = await getReviewsByInstructor(instructor.id, student.id, shared.ref);
      expect(mine.reviews).toHaveLength(1);
      expect(mine.reviews[0]?.rubric).toEqual({ structure: 4, clarity: 3, technicalDepth: 5, concreteResults: 2, delivery: 4 });
      expect(mine.comments).toMatchObject([{ body: "Slow down here", offsetMs: 65_000, answer: { id: shared.answerId, position: 1 } }]);
      expect((await getReviewsByInstructor(stranger.id, student.id, shared.ref)).comments).toEqual([]);
      const studentView = await getReviewsForOwner(student.id, shared.ref);
      expect(studentView.comments.map((c) => c.body)).toEqual(["Slow down here"]);
      expect((await getReviewsForOwner(classmate.id, shared.ref)).comments).toEqual([]);

      // Saving again updates the one review instead of adding a second.
      await review(instructor, shared.ref);
      expect(await db().sessionReview.count({ where: { instructorId: instructor.id } })).toBe(1);
      expect(await studentData(student)).toEqual(before);

      // Revoked: no view, no review, no recording.
      await revokeShare(student.id, { kind: "instructor", id: shareId }, NOW);
      expect(await canViewSession(asViewer(instructor), shared.ref)).toBeNull();
      expect(await mayWatch(instructor.id, shared.ref.id)).toBe(false);
      await expect(comment(instructor, shared.ref, shared.answerId)).rejects.toBeInstanceOf(NotFoundError);
    });
  }

  it("a student account named in a share row cannot use it (the role is checked too)", async () => {
    const student = await createUser();
    const notInstructor = await createUser();
    const { ref } = await aiSession(student);
    await db().instructorShare.create({ data: { studentId: student.id, instructorId: notInstructor.id, scope: "session", sessionId: ref.id } });
    expect(await canViewSession(asViewer(notInstructor), ref)).toBeNull();
  });
});

describe("the avatar recording", () => {
  it("plays for the owner and for an instructor with a share of that session; only the owner may upload", async () => {
    const student = await createUser();
    const instructor = await createUser({ role: "instructor" });
    const dashboardOnly = await createUser({ role: "instructor" });
    const { ref } = await avatarSession(student);
    await share(student, dashboardOnly.email, "dashboard");
    expect(await recordingFor(student.id, ref.id)).toEqual({ ownerId: student.id, sessionId: ref.id });
    expect(await mayWatch(instructor.id, ref.id)).toBe(false);
    expect(await mayWatch(dashboardOnly.id, ref.id)).toBe(false);
    const { id } = await share(student, instructor.email, "session", ref.id);
    // The instructor's view is scoped by the owner, never by the id alone.
    expect(await recordingFor(instructor.id, ref.id)).toEqual({ ownerId: student.id, sessionId: ref.id });
    expect(await isRecordingOwner(instructor.id, ref.id)).toBe(false);
    expect(await isRecordingOwner(student.id, ref.id)).toBe(true);
    await revokeShare(student.id, { kind: "instructor", id }, NOW);
    expect(await mayWatch(instructor.id, ref.id)).toBe(false);
  });
});

describe("comments", () => {
  it("keep moments within the answer (typed) or recording (video), and only delete the author's own", async () => {
    const student = await createUser();
    const instructor = await createUser({ role: "instructor" });
    const other = await createUser({ role: "instructor" });
    const ai = await aiSession(student);
    const avatar = await avatarSession(student);
    await share(student, instructor.email, "session", ai.ref.id);
    await share(student, instructor.email, "session", avatar.ref.id);
    await share(student, other.email, "session", ai.ref.id);

    await expect(comment(instructor, ai.ref, ai.answerId, "1:31")).rejects.toThrow(/past the end \(1:30\)/);
    await expect(comment(instructor, avatar.ref, avatar.answerId, "2:01")).rejects.toThrow(/past the end \(2:00\)/);
    const { id } = await comment(instructor, avatar.ref, avatar.answerId, "1:59");
    expect((await db().reviewComment.findUniqueOrThrow({ where: { id } })).offsetMs).toBe(119_000);

    expect(AddCommentSchema.safeParse({ sessionId: ai.ref.id, at: "1:00", body: "x" }).success).toBe(false);
    expect(AddCommentSchema.safeParse({ sessionId: ai.ref.id, answerId: ai.answerId, at: "90", body: "x" }).success).toBe(false);

    await expect(deleteComment(asViewer(other), { id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteComment(asViewer(student), { id })).rejects.toBeInstanceOf(NotFoundError);
    await deleteComment(asViewer(instructor), { id });
    expect(await db().reviewComment.count({ where: { id } })).toBe(0);
  });
});

describe("CHECK constraints: a share names a session exactly when its scope says so", () => {
  async function rejects(sql: string, ...values: unknown[]) {
    await expect(db().$executeRawUnsafe(sql, ...values)).rejects.toThrow(/check constraint|23514/i);
  }

  it("share_link and instructor_share", async () => {
    const student = await createUser();
    const instructor = await createUser({ role: "instructor" });
    const { ref } = await aiSession(student);
    const token = () => newShareToken();
    await rejects(`INSERT INTO share_link (id, user_id, token, scope, session_id) VALUES ('c1'||md5(random()::text), $1, $2, 'dashboard', $3)`, student.id, token(), ref.id);
    await rejects(`INSERT INTO share_link (id, user_id, token, scope) VALUES ('c2'||md5(random()::text), $1, $2, 'session')`, student.id, token());
    await rejects(`INSERT INTO instructor_share (id, student_id, instructor_id, scope) VALUES ('c5'||md5(random()::text), $1, $2, 'session')`, student.id, instructor.id);
    await rejects(
      `INSERT INTO instructor_share (id, student_id, instructor_id, scope, session_id) VALUES ('c6'||md5(random()::text), $1, $2, 'dashboard', $3)`,
      student.id,
      instructor.id,
      ref.id,
    );
    // The valid shapes go in.
    await db().$executeRawUnsafe(`INSERT INTO share_link (id, user_id, token, scope) VALUES ('c7'||md5(random()::text), $1, $2, 'dashboard')`, student.id, token());
    await db().$executeRawUnsafe(
      `INSERT INTO instructor_share (id, student_id, instructor_id, scope, session_id) VALUES ('c8'||md5(random()::text), $1, $2, 'session', $3)`,
      student.id,
      instructor.id,
      ref.id,
    );
  });

  it("session_review and review_comment always name their session", async () => {
    const student = await createUser();
    const instructor = await createUser({ role: "instructor" });
    await expect(
      db().$executeRawUnsafe(
        `INSERT INTO session_review (id, instructor_id, student_id, rubric, updated_at) VALUES ('r1'||md5(random()::text), $1, $2, '{}', now())`,
        instructor.id,
        student.id,
      ),
    ).rejects.toThrow(/null value|23502/i);
    await expect(
      db().$executeRawUnsafe(`INSERT INTO review_comment (id, instructor_id, student_id, body) VALUES ('r3'||md5(random()::text), $1, $2, 'x')`, instructor.id, student.id),
    ).rejects.toThrow(/null value|23502/i);
  });
});
