// The authorization matrix for server actions. It finds every action the app
// exports (`export const X = action(` in lib/**/actions.ts) and runs each real
// action as a second user against the first user's data: the intruder gets an
// error state and the owner's rows are unchanged. An action missing from the
// matrix fails the test, so a new action cannot ship without its check.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { ActionState } from "@/lib/actions/state";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getUser: async () => session.user,
  requireUser: async () => session.user,
  requireApiUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { db } = await import("@/lib/db");
const { createUser } = await import("../factories");
const { startSession } = await import("@/lib/interview-session/service");

type Person = Awaited<ReturnType<typeof createUser>>;
const asUser = (person: Person): SessionUser => ({ ...person, role: "student", profilePhoto: null });
type Action = (previous: ActionState<unknown>, input: unknown) => Promise<ActionState<unknown>>;

const ROOT = join(import.meta.dirname, "..", "..");
function actionFiles(dir = join(ROOT, "lib")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : actionFiles(path);
    return name === "actions.ts" ? [path] : [];
  });
}
const discovered = actionFiles().flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/export const (\w+) = action\(/g)].map((match) => ({
    name: match[1]!,
    module: file.replace(`${ROOT}/`, "@/").replace(/\.ts$/, ""),
  })),
);

/**
 * owner: makes the owner's data and returns a snapshot function; attack: the
 * input the intruder sends. `ownRowsOnly` actions act on the caller's own rows
 * by catalogue slug or create new ones, so the check is that the owner's
 * snapshot does not change.
 */
type Case = {
  why: string;
  setup: (owner: Person) => Promise<{ input: unknown; snapshot: () => Promise<unknown> }>;
  expectError: boolean;
  /** The intruder's role: instructor actions are tried by another instructor, the one who could misuse them. */
  intruderRole?: "instructor";
};

const interviewInput = { company: "Acme", position: "Engineer", date: "2030-05-01", time: "10:00", tzOffset: 0, status: "upcoming" };

async function ownerInterview(owner: Person) {
  const interview = await db().interview.create({
    data: { userId: owner.id, company: "Owner Co", position: "Dev", date: new Date("2030-01-01T10:00:00Z"), notes: "mine" },
    select: { id: true },
  });
  const question = await db().interviewQuestion.create({
    data: { userId: owner.id, interviewId: interview.id, text: "Owner's question" },
    select: { id: true },
  });
  const snapshot = async () => ({
    interview: await db().interview.findUnique({ where: { id: interview.id }, select: { company: true, notes: true, status: true } }),
    questions: await db().interviewQuestion.findMany({ where: { interviewId: interview.id }, select: { text: true } }),
  });
  return { interviewId: interview.id, questionId: question.id, snapshot };
}

async function ownerSession(owner: Person) {
  const { id } = await startSession(owner.id, "text", { role: "Backend engineer", level: "mid", format: "mixed", count: 1 });
  const answer = await db().sessionAnswer.findFirstOrThrow({ where: { sessionId: id }, select: { id: true } });
  const snapshot = () =>
    db().sessionAnswer.findMany({ where: { sessionId: id }, select: { answerText: true, score: true } });
  return { sessionId: id, answerId: answer.id, snapshot };
}

async function ownerAvatarSession(owner: Person) {
  const { id } = await startSession(owner.id, "avatar", { role: "Backend engineer", level: "mid", count: 1 });
  const answer = await db().sessionAnswer.findFirstOrThrow({ where: { sessionId: id }, select: { id: true } });
  const snapshot = async () => ({
    answers: await db().sessionAnswer.findMany({ where: { sessionId: id }, select: { answerText: true, score: true, recordingOffsetMs: true } }),
    session: await db().interviewSession.findUnique({ where: { id }, select: { questionsAnswered: true, completed: true, averageScore: true } }),
  });
  return { sessionId: id, answerId: answer.id, snapshot };
}

const everyRowOf = (owner: Person) => async () => ({
  user: await db().user.findUnique({ where: { id: owner.id }, select: { name: true, profilePhoto: true } }),
  prep: await db().companyPrepSession.findMany({ where: { userId: owner.id }, select: { topicsCovered: true, notes: true } }),
  cards: await db().dsaReviewCard.findMany({ where: { userId: owner.id }, select: { due: true, reps: true } }),
  interviews: await db().interview.count({ where: { userId: owner.id } }),
  sessions: await db().interviewSession.count({ where: { userId: owner.id, kind: "text" } }),
});

async function ownerResume(owner: Person) {
  const resume = await db().resumeUpload.create({
    data: { userId: owner.id, filename: `users/${owner.id}/resumes/r.pdf`, textContent: "Experience\n- Built Node.js APIs", analysisScore: 50, isActive: true },
    select: { id: true },
  });
  const snapshot = () => db().resumeUpload.findMany({ where: { userId: owner.id }, select: { id: true, isActive: true, analysisScore: true, jobDescription: true } });
  return { id: resume.id, snapshot };
}

async function ownerRoadmap(owner: Person) {
  const roadmap = await db().careerRoadmap.create({
    data: { userId: owner.id, currentRole: "QA", targetRole: "Backend engineer", experienceYears: 2, status: "failed", error: "test" },
    select: { id: true },
  });
  const snapshot = () => db().careerRoadmap.findMany({ where: { userId: owner.id }, select: { id: true, status: true, progress: true } });
  return { id: roadmap.id, snapshot };
}

/** The owner's AI session shared with an instructor, plus one comment of theirs (for the sharing actions). */
async function ownerSharedSession(owner: Person) {
  const { sessionId, answerId, snapshot } = await ownerSession(owner);
  const instructor = await createUser({ name: "Instructor", role: "instructor" });
  await db().instructorShare.create({ data: { studentId: owner.id, instructorId: instructor.id, scope: "session", sessionId } });
  const link = await db().shareLink.create({ data: { userId: owner.id, token: `t${sessionId}`.padEnd(43, "x").slice(0, 43), scope: "session", sessionId }, select: { id: true } });
  const comment = await db().reviewComment.create({
    data: { instructorId: instructor.id, studentId: owner.id, sessionId: sessionId, answerId, offsetMs: 1000, body: "instructor's note" },
    select: { id: true },
  });
  const sharingSnapshot = async () => ({
    answers: await snapshot(),
    links: await db().shareLink.findMany({ where: { sessionId: sessionId }, select: { id: true, revokedAt: true, expiresAt: true } }),
    shares: await db().instructorShare.findMany({ where: { sessionId: sessionId }, select: { instructorId: true, revokedAt: true } }),
    reviews: await db().sessionReview.findMany({ where: { sessionId: sessionId }, select: { rubric: true, summary: true } }),
    comments: await db().reviewComment.findMany({ where: { sessionId: sessionId }, select: { body: true, offsetMs: true } }),
  });
  return { sessionId, answerId, instructor, linkId: link.id, commentId: comment.id, snapshot: sharingSnapshot };
}

/**
 * An instructor owner with a one-question set assigned to a cohort a student joined, and that
 * student's session from it (for the cohort actions). The snapshot is every row of all of it.
 */
async function ownerCohort(owner: Person) {
  await db().user.update({ where: { id: owner.id }, data: { role: "instructor" } });
  const { addBankQuestions, assignSet, createCohort, createQuestionSet, joinCohort, startAssignment } = await import("@/lib/cohorts/service");
  const teacher = { id: owner.id, role: "instructor" as const };
  const set = await createQuestionSet(teacher, { name: "Owner's set", description: "" });
  const bank = await db().question.findFirstOrThrow({ select: { id: true } });
  await addBankQuestions(teacher, { setId: set.id, questionIds: [bank.id] });
  const item = await db().questionSetItem.findFirstOrThrow({ where: { setId: set.id }, select: { id: true } });
  const cohort = await createCohort(teacher, { name: "Owner's cohort" });
  const { joinCode } = await db().cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { joinCode: true } });
  const student = await createUser({ name: "Cohort student" });
  await joinCohort({ id: student.id, role: "student" }, joinCode);
  const assignment = await assignSet(teacher, { cohortId: cohort.id, setId: set.id, dueDate: "" });
  await startAssignment(student.id, assignment.id);
  const snapshot = async () => ({
    sets: await db().questionSet.findMany({ where: { instructorId: owner.id }, select: { id: true, name: true, items: { select: { id: true, text: true, position: true } } } }),
    cohorts: await db().cohort.findMany({
      where: { instructorId: owner.id },
      select: { id: true, name: true, joinCode: true, codeRevokedAt: true, members: { select: { studentId: true } }, assignments: { select: { setId: true, dueAt: true } } },
    }),
    sessions: await db().interviewSession.findMany({ where: { assignment: { is: { cohortId: cohort.id } } }, select: { id: true, userId: true } }),
  });
  return { setId: set.id, itemId: item.id, cohortId: cohort.id, joinCode, assignmentId: assignment.id, snapshot };
}

const MATRIX: Record<string, Case> = {
  register: { why: "creates the caller's own account", expectError: false, setup: async (owner) => ({ input: { name: "New", email: `new-${owner.id}@example.test`, password: "long-enough-1" }, snapshot: everyRowOf(owner) }) },
  submitGrammar: {
    why: "another user's answer sentences (drills built from stored answers)",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, answerId, snapshot } = await ownerSession(owner);
      const { submitAnswer } = await import("@/lib/interview-session/service");
      await submitAnswer(owner.id, "text", { sessionId, answerId, answer: "We was late, so I asked for help." });
      const { answerDrills } = await import("@/lib/english/answer-drills");
      const [exercise] = (await answerDrills(owner.id)).exercises;
      return {
        input: { source: "answers", items: [{ exerciseId: exercise!.id, answer: exercise!.fixes[0] }] },
        snapshot: async () => ({ answers: await snapshot(), english: await db().englishBoosterSession.count({ where: { userId: owner.id } }) }),
      };
    },
  },
  submitVocabulary: { why: "creates the caller's own session", expectError: false, setup: async (owner) => ({ input: { items: [{ pairId: "helped", chosen: "mentored" }] }, snapshot: everyRowOf(owner) }) },
  submitSpeaking: {
    why: "creates the caller's own session",
    expectError: false,
    setup: async (owner) => ({
      input: { drillId: "prompt-strength", input: "typed", transcript: "My strength is staying calm under pressure.", durationSeconds: 10 },
      snapshot: everyRowOf(owner),
    }),
  },
  uploadResumeAction: {
    why: "stores a new version for the caller",
    expectError: false,
    setup: async (owner) => {
      const { snapshot } = await ownerResume(owner);
      const form = new FormData();
      form.set("file", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "cv.pdf"));
      return { input: form, snapshot };
    },
  },
  rematchResumeAction: {
    why: "another user's resume id",
    expectError: true,
    setup: async (owner) => {
      const { id, snapshot } = await ownerResume(owner);
      return { input: { id, jobDescription: "We need a backend engineer with Node.js, PostgreSQL and Kubernetes experience. Must have CI/CD." }, snapshot };
    },
  },
  setActiveResumeAction: {
    why: "another user's resume id",
    expectError: true,
    setup: async (owner) => {
      const { id, snapshot } = await ownerResume(owner);
      return { input: { id }, snapshot };
    },
  },
  deleteResumeAction: {
    why: "another user's resume id",
    expectError: true,
    setup: async (owner) => {
      const { id, snapshot } = await ownerResume(owner);
      return { input: { id }, snapshot };
    },
  },
  createRoadmapAction: {
    why: "creates the caller's own roadmap",
    expectError: false,
    setup: async (owner) => ({ input: { currentRole: "QA engineer", targetRole: "Backend engineer", skills: "SQL", experienceYears: "2" }, snapshot: (await ownerRoadmap(owner)).snapshot }),
  },
  retryRoadmapAction: {
    why: "another user's roadmap id",
    expectError: true,
    setup: async (owner) => {
      const { id, snapshot } = await ownerRoadmap(owner);
      return { input: { id }, snapshot };
    },
  },
  deleteRoadmapAction: {
    why: "another user's roadmap id",
    expectError: true,
    setup: async (owner) => {
      const { id, snapshot } = await ownerRoadmap(owner);
      return { input: { id }, snapshot };
    },
  },
  updateProfile: { why: "writes only the caller's row", expectError: false, setup: async (owner) => ({ input: { name: "Renamed by intruder" }, snapshot: everyRowOf(owner) }) },
  startInterview: { why: "creates a session for the caller", expectError: false, setup: async (owner) => ({ input: { role: "QA engineer", level: "mid", format: "mixed", count: 1 }, snapshot: everyRowOf(owner) }) },
  answerQuestion: {
    why: "another user's session and answer ids",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, answerId, snapshot } = await ownerSession(owner);
      return { input: { sessionId, answerId, answer: "intruder's answer" }, snapshot };
    },
  },
  retryEvaluation: {
    why: "another user's session and answer ids",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, answerId, snapshot } = await ownerSession(owner);
      return { input: { sessionId, answerId }, snapshot };
    },
  },
  startAvatarInterview: {
    why: "creates a video interview for the caller",
    expectError: false,
    setup: async (owner) => ({
      input: { role: "QA engineer", level: "mid", count: 1 },
      snapshot: async () => ({ rows: await everyRowOf(owner)(), avatar: await db().interviewSession.count({ where: { userId: owner.id, kind: "avatar" } }) }),
    }),
  },
  answerAvatarQuestion: {
    why: "another user's video interview and answer ids",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, answerId, snapshot } = await ownerAvatarSession(owner);
      return { input: { sessionId, answerId, answer: "intruder's answer", recordingOffsetMs: 10 }, snapshot };
    },
  },
  retryAvatarEvaluation: {
    why: "another user's video interview and answer ids",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, answerId, snapshot } = await ownerAvatarSession(owner);
      const { submitAnswer } = await import("@/lib/interview-session/service");
      const ai = await import("@/lib/ai");
      const spy = vi.spyOn(ai, "evaluateAnswer").mockRejectedValueOnce(new Error("evaluator down"));
      await submitAnswer(owner.id, "avatar", { sessionId, answerId, answer: "owner's answer, not scored yet" });
      spy.mockRestore();
      return { input: { sessionId, answerId }, snapshot };
    },
  },
  toggleTopic: {
    why: "keyed by company slug; writes only the caller's prep rows",
    expectError: false,
    setup: async (owner) => {
      const company = await db().companyProfile.findFirstOrThrow({ select: { slug: true, prepTopics: true } });
      const topic = (company.prepTopics as { behavioral: string[] }).behavioral[0]!;
      const { setTopic } = await import("@/lib/company-prep/service");
      await setTopic(owner.id, { slug: company.slug, prepType: "behavioral", topic, checked: true });
      return { input: { slug: company.slug, prepType: "behavioral", topic, checked: false }, snapshot: everyRowOf(owner) };
    },
  },
  saveNotes: {
    why: "keyed by company slug; writes only the caller's prep rows",
    expectError: false,
    setup: async (owner) => {
      const company = await db().companyProfile.findFirstOrThrow({ select: { slug: true } });
      const { saveNotes } = await import("@/lib/company-prep/service");
      await saveNotes(owner.id, { slug: company.slug, prepType: "culture", notes: "owner notes" });
      return { input: { slug: company.slug, prepType: "culture", notes: "overwritten?" }, snapshot: everyRowOf(owner) };
    },
  },
  logAttemptAction: {
    why: "keyed by problem slug; writes only the caller's attempt and card",
    expectError: false,
    setup: async (owner) => {
      const { logAttempt } = await import("@/lib/dsa/service");
      const { LogAttemptSchema } = await import("@/lib/dsa/schema");
      const input = { slug: "two-sum", solved: "yes", attempts: "1", timeTaken: "10", rating: "good" };
      await logAttempt(owner.id, LogAttemptSchema.parse(input), new Date());
      return { input, snapshot: everyRowOf(owner) };
    },
  },
  createInterviewAction: { why: "creates the caller's own interview", expectError: false, setup: async (owner) => ({ input: interviewInput, snapshot: everyRowOf(owner) }) },
  updateInterviewAction: {
    why: "another user's interview id",
    expectError: true,
    setup: async (owner) => {
      const { interviewId, snapshot } = await ownerInterview(owner);
      return { input: { ...interviewInput, id: interviewId, notes: "hijacked" }, snapshot };
    },
  },
  deleteInterviewAction: {
    why: "another user's interview id",
    expectError: true,
    setup: async (owner) => {
      const { interviewId, snapshot } = await ownerInterview(owner);
      return { input: { id: interviewId }, snapshot };
    },
  },
  logQuestionAction: {
    why: "another user's interview id",
    expectError: true,
    setup: async (owner) => {
      const { interviewId, snapshot } = await ownerInterview(owner);
      return { input: { interviewId, text: "planted question" }, snapshot };
    },
  },
  deleteQuestionAction: {
    why: "another user's question id",
    expectError: true,
    setup: async (owner) => {
      const { questionId, snapshot } = await ownerInterview(owner);
      return { input: { id: questionId }, snapshot };
    },
  },
  practiseQuestionsAction: {
    why: "another user's question ids",
    expectError: true,
    setup: async (owner) => {
      const { questionId, snapshot } = await ownerInterview(owner);
      return { input: { questionIds: [questionId] }, snapshot };
    },
  },
  createShareLinkAction: {
    why: "another user's session id",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, snapshot } = await ownerSharedSession(owner);
      return { input: { scope: "session", sessionId, expiresInDays: "" }, snapshot };
    },
  },
  shareWithInstructorAction: {
    why: "another user's session id, shared with a real instructor",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, snapshot } = await ownerSharedSession(owner);
      const other = await createUser({ name: "Other instructor", role: "instructor" });
      return { input: { scope: "session", sessionId, email: other.email }, snapshot };
    },
  },
  revokeShareAction: {
    why: "another user's share link id",
    expectError: true,
    setup: async (owner) => {
      const { linkId, snapshot } = await ownerSharedSession(owner);
      return { input: { kind: "link", id: linkId }, snapshot };
    },
  },
  saveReviewAction: {
    why: "a session shared with someone else",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, snapshot } = await ownerSharedSession(owner);
      return { input: { sessionId, structure: 1, clarity: 1, technicalDepth: 1, concreteResults: 1, delivery: 1 }, snapshot };
    },
  },
  addCommentAction: {
    why: "a session shared with someone else",
    expectError: true,
    setup: async (owner) => {
      const { sessionId, answerId, snapshot } = await ownerSharedSession(owner);
      return { input: { sessionId, answerId, at: "0:01", body: "planted comment" }, snapshot };
    },
  },
  createQuestionSetAction: {
    why: "creates the calling instructor's own set",
    expectError: false,
    intruderRole: "instructor",
    setup: async (owner) => ({ input: { name: "Intruder's set" }, snapshot: (await ownerCohort(owner)).snapshot }),
  },
  addBankQuestionsAction: {
    why: "another instructor's set",
    expectError: true,
    intruderRole: "instructor",
    setup: async (owner) => {
      const { setId, snapshot } = await ownerCohort(owner);
      const bank = await db().question.findMany({ take: 2, orderBy: { id: "desc" }, select: { id: true } });
      return { input: { setId, questionIds: bank.map((q) => q.id) }, snapshot };
    },
  },
  addOwnQuestionAction: {
    why: "another instructor's set",
    expectError: true,
    intruderRole: "instructor",
    setup: async (owner) => {
      const { setId, snapshot } = await ownerCohort(owner);
      return { input: { setId, text: "A question planted by someone else?", type: "technical", talkingPoints: "" }, snapshot };
    },
  },
  removeSetItemAction: {
    why: "a question of another instructor's set",
    expectError: true,
    intruderRole: "instructor",
    setup: async (owner) => {
      const { setId, itemId, snapshot } = await ownerCohort(owner);
      return { input: { setId, itemId }, snapshot };
    },
  },
  createCohortAction: {
    why: "creates the calling instructor's own cohort",
    expectError: false,
    intruderRole: "instructor",
    setup: async (owner) => ({ input: { name: "Intruder's cohort" }, snapshot: (await ownerCohort(owner)).snapshot }),
  },
  revokeCohortCodeAction: {
    why: "another instructor's cohort",
    expectError: true,
    intruderRole: "instructor",
    setup: async (owner) => {
      const { cohortId, snapshot } = await ownerCohort(owner);
      return { input: { cohortId }, snapshot };
    },
  },
  renewCohortCodeAction: {
    why: "another instructor's cohort",
    expectError: true,
    intruderRole: "instructor",
    setup: async (owner) => {
      const { cohortId, snapshot } = await ownerCohort(owner);
      return { input: { cohortId }, snapshot };
    },
  },
  assignSetAction: {
    why: "another instructor's cohort and set",
    expectError: true,
    intruderRole: "instructor",
    setup: async (owner) => {
      const { cohortId, setId, snapshot } = await ownerCohort(owner);
      return { input: { cohortId, setId, dueDate: "2030-01-01" }, snapshot };
    },
  },
  joinCohortAction: {
    why: "a cohort whose code the owner revoked",
    expectError: true,
    setup: async (owner) => {
      const { cohortId, joinCode, snapshot } = await ownerCohort(owner);
      await db().cohort.update({ where: { id: cohortId }, data: { codeRevokedAt: new Date() } });
      return { input: { code: joinCode }, snapshot };
    },
  },
  startAssignmentAction: {
    why: "an assignment of a cohort the caller is not in",
    expectError: true,
    setup: async (owner) => {
      const { assignmentId, snapshot } = await ownerCohort(owner);
      return { input: { assignmentId }, snapshot };
    },
  },
  deleteCommentAction: {
    why: "another instructor's comment",
    expectError: true,
    setup: async (owner) => {
      const { commentId, snapshot } = await ownerSharedSession(owner);
      return { input: { id: commentId }, snapshot };
    },
  },
};

describe("authorization matrix: server actions", () => {
  beforeAll(() => {
    expect(discovered.length).toBeGreaterThan(10);
  });

  it("covers every server action the app exports", () => {
    const missing = discovered.map((a) => a.name).filter((name) => !(name in MATRIX));
    expect(missing, "add these actions to MATRIX with an ownership check").toEqual([]);
  });

  it.each(discovered.filter((a) => a.name in MATRIX).map((a) => [a.name, a.module] as const))(
    "%s run by another user leaves the owner's data unchanged",
    async (name, module) => {
      const owner = await createUser({ name: "Owner" });
      const intruder = await createUser({ name: "Intruder" });
      const testCase = MATRIX[name]!;
      const { input, snapshot } = await testCase.setup(owner);
      const before = await snapshot();
      session.user = { ...asUser(intruder), role: testCase.intruderRole ?? "student" };
      const actions = (await import(/* @vite-ignore */ module)) as Record<string, Action>;
      let state: ActionState<unknown> | undefined;
      try {
        state = await actions[name]!({ status: "idle" }, input);
      } catch (error) {
        // A redirect after success is how some actions end; anything else is a failure.
        if (!(error instanceof Error && error.message.startsWith("redirect:"))) throw error;
      } finally {
        session.user = null;
      }
      if (testCase.expectError) {
        expect(state?.status, `${name}: ${testCase.why}`).toBe("error");
        expect(state?.status === "error" ? state.message : "").toMatch(/not|another account|exist/i);
      }
      expect(await snapshot(), `${name} changed the owner's data`).toEqual(before);
    },
  );
});
