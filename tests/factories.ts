// Test data builders, shared by the integration tests (Vitest) and the end-to-end
// specs (Playwright), so there is one definition of a valid row. Each call makes
// distinct rows, so test files can run in parallel on one database without colliding.
//
// The named exports write through the app's client (`@/lib/db`, on DATABASE_URL), as the
// integration tests want. `factories(client)` binds the same builders to another client:
// e2e/fixtures.ts passes one on the database of the app server a Playwright worker talks to.
// `@/lib/db` is imported lazily because it is `server-only` and reads the app's env, neither
// of which a Playwright worker has.
import { randomBytes, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Prisma, PrismaClient } from "@/prisma/generated/client/client";

type Client = () => PrismaClient | Promise<PrismaClient>;

// The app hashes with cost 12; a login reads the cost from the stored hash, so a cheap hash
// logs in exactly like a real one, without ~0.3 s of CPU per test user.
const TEST_HASH_COST = 4;

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

type UserFields = { name?: string; email?: string; password?: string; role?: "student" | "instructor"; createdAt?: Date };

type RecordingFields = Partial<
  Pick<Prisma.SessionRecordingUncheckedCreateInput, "status" | "durationMs" | "postureScore" | "engagementScore" | "videoRecorded" | "storageKey" | "mime">
>;
type SessionFields = Partial<
  Pick<
    Prisma.InterviewSessionUncheckedCreateInput,
    "kind" | "role" | "level" | "company" | "format" | "questionsPlanned" | "questionsAnswered" | "averageScore" | "completed" | "completedAt" | "createdAt"
  >
>;
type AnswerFields = Partial<
  Pick<
    Prisma.SessionAnswerUncheckedCreateInput,
    | "questionText"
    | "questionType"
    | "talkingPoints"
    | "answerText"
    | "answeredAt"
    | "durationSeconds"
    | "score"
    | "source"
    | "metrics"
    | "evaluatedAt"
    | "recordingOffsetMs"
    | "createdAt"
  >
>;
type InterviewFields = Partial<Pick<Prisma.InterviewUncheckedCreateInput, "company" | "position" | "date" | "notes" | "status" | "performance" | "level" | "companySlug">> & {
  questions?: Partial<Pick<Prisma.InterviewQuestionUncheckedCreateInput, "text" | "type" | "notes">>[];
};

/** The builders, writing through `client`. */
export function factories(client: Client) {
  async function createUser(overrides: UserFields = {}) {
    const password = overrides.password ?? "correct horse battery";
    const user = await (await client()).user.create({
      data: {
        name: overrides.name ?? "Test User",
        email: overrides.email ?? uniqueEmail(),
        passwordHash: await bcrypt.hash(password, TEST_HASH_COST),
        role: overrides.role ?? "student",
        ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
      },
      select: { id: true, name: true, email: true, role: true },
    });
    return { ...user, password };
  }

  /**
   * An interview session of either kind, optionally with answered questions. A
   * video session always has its recording row, as the app creates it.
   */
  async function createSession(userId: string, options: SessionFields & { recording?: RecordingFields; answers?: AnswerFields[] } = {}) {
    const { recording, answers = [], ...fields } = options;
    const kind = fields.kind ?? "text";
    const session = await (await client()).interviewSession.create({
      data: {
        level: "mid",
        questionsPlanned: Math.max(1, answers.length),
        ...fields,
        userId,
        kind,
        role: fields.role ?? (kind === "text" ? "Backend engineer" : "Data analyst"),
        ...(kind === "avatar" ? { recording: { create: { ...recording } } } : {}),
        answers: {
          create: answers.map((answer, index) => ({
            questionText: "Tell me about a conflict",
            questionType: "behavioral" as const,
            ...answer,
            userId,
            position: index + 1,
          })),
        },
      },
      select: { id: true, answers: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    return { id: session.id, answerIds: session.answers.map((answer) => answer.id) };
  }

  /** A real interview on the tracker, a week from now unless told, with the questions asked in it. */
  async function createInterview(userId: string, options: InterviewFields = {}) {
    const { questions = [], ...fields } = options;
    const interview = await (await client()).interview.create({
      data: {
        company: "Acme",
        position: "Software engineer",
        date: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
        ...fields,
        userId,
        askedQuestions: { create: questions.map((question) => ({ text: "Why this company?", ...question, userId })) },
      },
      select: { id: true, askedQuestions: { orderBy: { createdAt: "asc" }, select: { id: true } } },
    });
    return { id: interview.id, questionIds: interview.askedQuestions.map((question) => question.id) };
  }

  /** A share link for the dashboard, or for one session when `sessionId` is given. */
  async function createShareLink(
    userId: string,
    options: Partial<Pick<Prisma.ShareLinkUncheckedCreateInput, "token" | "sessionId" | "expiresAt" | "revokedAt">> = {},
  ) {
    // As unguessable as the app makes them (lib/sharing): 32 random bytes.
    const token = options.token ?? randomBytes(32).toString("base64url");
    const link = await (await client()).shareLink.create({
      data: { ...options, userId, token, scope: options.sessionId ? "session" : "dashboard" },
      select: { id: true, token: true },
    });
    return link;
  }

  /** A student's grant to an instructor: the dashboard, or one session when `sessionId` is given. */
  async function createInstructorShare(studentId: string, instructorId: string, options: Partial<Pick<Prisma.InstructorShareUncheckedCreateInput, "sessionId" | "revokedAt">> = {}) {
    return (await client()).instructorShare.create({
      data: { ...options, studentId, instructorId, scope: options.sessionId ? "session" : "dashboard" },
      select: { id: true },
    });
  }

  /** An instructor's rubric scores for a session shared with them. */
  async function createReview(instructorId: string, studentId: string, sessionId: string, options: Partial<Pick<Prisma.SessionReviewUncheckedCreateInput, "rubric" | "summary">> = {}) {
    return (await client()).sessionReview.create({
      data: { rubric: { structure: 3, clarity: 3, technicalDepth: 3, concreteResults: 3, delivery: 3 }, ...options, instructorId, studentId, sessionId },
      select: { id: true },
    });
  }

  /** An instructor's comment on a shared session, pinned to an answer and a moment of it when told. */
  async function createReviewComment(
    instructorId: string,
    studentId: string,
    sessionId: string,
    options: Partial<Pick<Prisma.ReviewCommentUncheckedCreateInput, "answerId" | "offsetMs" | "body">> = {},
  ) {
    return (await client()).reviewComment.create({
      data: { body: "Say what the result was.", ...options, instructorId, studentId, sessionId },
      select: { id: true },
    });
  }

  async function createEnglishSession(
    userId: string,
    options: Partial<Pick<Prisma.EnglishBoosterSessionUncheckedCreateInput, "sessionType" | "exercisesCompleted" | "score" | "completed" | "createdAt">> = {},
  ) {
    return (await client()).englishBoosterSession.create({
      data: { sessionType: "grammar", exercisesCompleted: 1, score: 100, completed: true, ...options, userId },
      select: { id: true },
    });
  }

  async function createDsaAttempt(
    userId: string,
    options: Partial<Pick<Prisma.DsaPracticeSessionUncheckedCreateInput, "problemSlug" | "problemTitle" | "difficulty" | "solved" | "rating" | "createdAt">> = {},
  ) {
    return (await client()).dsaPracticeSession.create({
      data: { problemTitle: "Two Sum", ...options, userId },
      select: { id: true },
    });
  }

  /** A resume row; its file is not written, so only pages that read the row work with it. */
  async function createResume(
    userId: string,
    options: Partial<Pick<Prisma.ResumeUploadUncheckedCreateInput, "originalFilename" | "textContent" | "analysisScore">> = {},
  ) {
    const id = randomUUID().replace(/-/g, "");
    return (await client()).resumeUpload.create({
      data: { originalFilename: "resume.pdf", ...options, id, userId, filename: `users/${userId}/resumes/${id}.pdf` },
      select: { id: true },
    });
  }

  async function createRoadmap(
    userId: string,
    options: Partial<
      Pick<Prisma.CareerRoadmapUncheckedCreateInput, "currentRole" | "targetRole" | "skills" | "experienceYears" | "status" | "progress" | "stage" | "error">
    > = {},
  ) {
    return (await client()).careerRoadmap.create({
      data: { currentRole: "Data analyst", targetRole: "Backend engineer", experienceYears: 2, ...options, userId },
      select: { id: true },
    });
  }

  /** A D-ID talk as the app stores it once D-ID has answered. */
  async function createTalk(userId: string, options: Partial<Pick<Prisma.AvatarTalkUncheckedCreateInput, "status" | "resultUrl" | "sessionId">> = {}) {
    return (await client()).avatarTalk.create({
      data: { status: "done", ...options, userId, providerTalkId: `tlk_${randomUUID()}` },
      select: { id: true },
    });
  }

  return {
    createUser,
    createSession,
    createInterview,
    createShareLink,
    createInstructorShare,
    createReview,
    createReviewComment,
    createEnglishSession,
    createDsaAttempt,
    createResume,
    createRoadmap,
    createTalk,
  };
}

export type Factories = ReturnType<typeof factories>;

const appDb = factories(async () => (await import("@/lib/db")).db());
export const {
  createUser,
  createSession,
  createInterview,
  createShareLink,
  createInstructorShare,
  createReview,
  createReviewComment,
  createEnglishSession,
  createDsaAttempt,
  createResume,
  createRoadmap,
  createTalk,
} = appDb;
