// Question sets, cohorts and assignments against real PostgreSQL: an instructor reaches only
// their own sets and cohorts, a student only the cohorts they joined, a revoked or replaced code
// admits no one, and a session is readable by an instructor only when it was run from a set
// assigned to their cohort (docs/decisions/033). The role CLI is run as a user would run it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { canViewSession } from "@/lib/sharing/access";
import {
  addBankQuestions,
  addOwnQuestion,
  assignSet,
  BAD_CODE,
  createCohort,
  createQuestionSet,
  joinCohort,
  renewCohortCode,
  revokeCohortCode,
  startAssignment,
} from "@/lib/cohorts/service";
import { browseBank, getMyCohort, getMySet, listAssignedSets, listStudentCohorts } from "@/lib/cohorts/queries";
import { AddOwnQuestionSchema, AssignSetSchema, BankFilterSchema } from "@/lib/cohorts/schema";
import { submitAnswer } from "@/lib/interview-session/service";
import { parseRoleArgs, setUserRole } from "@/scripts/lib/user-role";
import { createSession, createUser } from "../factories";

type Person = Awaited<ReturnType<typeof createUser>>;
const viewer = (person: Person) => ({ id: person.id, role: person.role });
const NOW = new Date("2030-03-01T12:00:00Z");

/** An instructor with a two-question set assigned to a cohort one student joined. */
async function classroom() {
  const teacher = await createUser({ name: "Teacher", role: "instructor" });
  const student = await createUser({ name: "Student" });
  const set = await createQuestionSet(viewer(teacher), { name: "Week 1", description: "" });
  const [bank] = await db().question.findMany({ where: { role: "backend", type: "behavioral" }, take: 1, select: { id: true, text: true } });
  await addBankQuestions(viewer(teacher), { setId: set.id, questionIds: [bank!.id] });
  await addOwnQuestion(viewer(teacher), AddOwnQuestionSchema.parse({ setId: set.id, text: "Why do you want to teach others?", type: "behavioral", talkingPoints: "motivation\n\nan example\n" }));
  const cohort = await createCohort(viewer(teacher), { name: "Spring" });
  const { joinCode } = await db().cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { joinCode: true } });
  await joinCohort(viewer(student), joinCode);
  const assignment = await assignSet(viewer(teacher), AssignSetSchema.parse({ cohortId: cohort.id, setId: set.id, dueDate: "2030-03-12" }));
  return { teacher, student, set, cohort, joinCode, assignment, bankText: bank!.text };
}

describe("question sets", () => {
  it("stores bank questions with their talking points and the instructor's own ones in order", async () => {
    const { teacher, set, bankText } = await classroom();
    const stored = await getMySet(teacher.id, set.id);
    expect(stored?.items.map((item) => [item.text, item.questionId !== null])).toEqual([
      [bankText, true],
      ["Why do you want to teach others?", false],
    ]);
    expect(stored?.items[0]!.talkingPoints.length).toBeGreaterThanOrEqual(3);
    expect(stored?.items[1]!.talkingPoints).toEqual(["motivation", "an example"]);
  });

  it("is out of reach of another instructor and of students", async () => {
    const { set, student } = await classroom();
    const other = await createUser({ role: "instructor" });
    expect(await getMySet(other.id, set.id)).toBeNull();
    await expect(addOwnQuestion(viewer(other), { setId: set.id, text: "Planted question here?", type: "technical", talkingPoints: [] })).rejects.toThrow(/another instructor/);
    await expect(addBankQuestions(viewer(student), { setId: set.id, questionIds: ["backend-001"] })).rejects.toThrow(/Only instructor accounts/);
    expect(await db().questionSetItem.count({ where: { setId: set.id } })).toBe(2);
  });

  it("browses the bank by role, type, difficulty and text", async () => {
    const found = await browseBank(BankFilterSchema.parse({ role: "backend", type: "technical", difficulty: "hard" }));
    expect(found.total).toBeGreaterThan(0);
    expect(found.questions.every((q) => q.role === "backend" && q.type === "technical" && q.difficulty === "hard")).toBe(true);
    const byText = await browseBank(BankFilterSchema.parse({ q: "CONFLICT" }));
    expect(byText.total).toBeGreaterThan(0);
    expect(byText.questions.every((q) => /conflict/i.test(q.text))).toBe(true);
    // Junk in the query string is ignored rather than failing the page.
    expect(BankFilterSchema.parse({ role: "astronaut", type: 3, difficulty: ["x"] })).toEqual({ role: undefined, type: undefined, difficulty: undefined, q: undefined });
  });
});

describe("cohorts", () => {
  it("shows an instructor only their own cohorts, and a student only those they joined", async () => {
    const { cohort, student } = await classroom();
    const other = await createUser({ role: "instructor" });
    const outsider = await createUser();
    expect(await getMyCohort(other.id, cohort.id)).toBeNull();
    expect(await listStudentCohorts(outsider.id)).toEqual([]);
    expect((await listStudentCohorts(student.id)).map((c) => c.name)).toEqual(["Spring"]);
    expect(await listAssignedSets(outsider.id)).toEqual([]);
    await expect(revokeCohortCode(viewer(other), cohort.id, NOW)).rejects.toThrow(/another instructor/);
    await expect(renewCohortCode(viewer(other), cohort.id)).rejects.toThrow(/another instructor/);
    const ownSet = await createQuestionSet(viewer(other), { name: "Theirs", description: "" });
    await expect(assignSet(viewer(other), { cohortId: cohort.id, setId: ownSet.id, dueDate: "" })).rejects.toThrow(/another instructor/);
    expect(await db().cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { codeRevokedAt: true } })).toEqual({ codeRevokedAt: null });
    expect(await db().cohortAssignment.count({ where: { cohortId: cohort.id } })).toBe(1);
  });

  it("admits no one with a revoked code, nor with the code a new one replaced", async () => {
    const { teacher, cohort, joinCode } = await classroom();
    const late = await createUser();
    await revokeCohortCode(viewer(teacher), cohort.id, NOW);
    await expect(joinCohort(viewer(late), joinCode)).rejects.toThrow(BAD_CODE);
    await renewCohortCode(viewer(teacher), cohort.id);
    const { joinCode: fresh } = await db().cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { joinCode: true } });
    expect(fresh).not.toBe(joinCode);
    await expect(joinCohort(viewer(late), joinCode)).rejects.toThrow(InvalidInputError);
    await joinCohort(viewer(late), fresh);
    expect(await db().cohortMember.count({ where: { cohortId: cohort.id } })).toBe(2);
  });

  it("keeps instructors out of cohorts as members", async () => {
    const { joinCode, cohort } = await classroom();
    const other = await createUser({ role: "instructor" });
    await expect(joinCohort(viewer(other), joinCode)).rejects.toThrow(/student accounts/);
    expect(await db().cohortMember.count({ where: { cohortId: cohort.id } })).toBe(1);
  });
});

describe("sessions from an assignment", () => {
  it("run the set's questions and are visible to that cohort's instructor only", async () => {
    const { teacher, student, assignment, bankText } = await classroom();
    const session = await startAssignment(student.id, assignment.id);
    const answers = await db().sessionAnswer.findMany({ where: { sessionId: session.id }, orderBy: { position: "asc" }, select: { id: true, questionText: true } });
    expect(answers.map((a) => a.questionText)).toEqual([bankText, "Why do you want to teach others?"]);
    const other = await createUser({ role: "instructor" });
    expect(await canViewSession(viewer(teacher), { id: session.id, kind: "text" })).toEqual({ studentId: student.id, as: "instructor", via: "cohort" });
    expect(await canViewSession(viewer(other), { id: session.id, kind: "text" })).toBeNull();
    // The same student's session that was not run from an assignment stays private.
    const own = await createSession(student.id, { answers: [{ answerText: "private", score: 5 }] });
    expect(await canViewSession(viewer(teacher), { id: own.id, kind: "text" })).toBeNull();

    for (const [index, answer] of answers.entries()) {
      await submitAnswer(student.id, "text", { sessionId: session.id, answerId: answer.id, answer: index === 0 ? "Um, you know, I kind of just did it." : "I mentor juniors because explaining a design teaches me too: last year I ran six sessions and two of them now lead projects." });
    }
    const view = await getMyCohort(teacher.id, (await db().cohortAssignment.findUniqueOrThrow({ where: { id: assignment.id }, select: { cohortId: true } })).cohortId);
    const cell = view!.progress[0]!.sets[0]!;
    const stored = await db().interviewSession.findUniqueOrThrow({ where: { id: session.id }, select: { averageScore: true, completed: true } });
    expect(stored.completed).toBe(true);
    expect(cell).toMatchObject({ done: true, averageScore: stored.averageScore });
    expect(cell.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(cell.weakest.length).toBeGreaterThan(0);
    const [assigned] = await listAssignedSets(student.id);
    expect(assigned).toMatchObject({ name: "Week 1", done: true, instructor: "Teacher", questions: 2, dueAt: new Date("2030-03-12T23:59:59.999Z") });
  });

  it("cannot be started by a student outside the cohort", async () => {
    const { assignment } = await classroom();
    const outsider = await createUser();
    await expect(startAssignment(outsider.id, assignment.id)).rejects.toThrow(/not for a cohort you are in/);
    expect(await db().interviewSession.count({ where: { userId: outsider.id } })).toBe(0);
  });
});

describe("npm run user:role", () => {
  it("parses its arguments and refuses anything else", () => {
    expect(parseRoleArgs(["Ann@Example.test", "instructor"])).toEqual({ email: "ann@example.test", role: "instructor" });
    expect(() => parseRoleArgs(["ann@example.test", "admin"])).toThrow(/Unknown role/);
    expect(() => parseRoleArgs(["ann@example.test"])).toThrow(/usage/);
  });

  it("changes the role of an existing account only", async () => {
    const person = await createUser();
    expect(await setUserRole(db(), { email: person.email, role: "instructor" })).toMatch(/is now an instructor/);
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id }, select: { role: true } })).role).toBe("instructor");
    await expect(setUserRole(db(), { email: "nobody@example.test", role: "instructor" })).rejects.toThrow(/No account uses/);
  });

  it("runs from the command line against DATABASE_URL", async () => {
    const person = await createUser();
    const root = join(import.meta.dirname, "..", "..");
    const run = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/user-role.ts", person.email, "instructor"], {
      cwd: root,
      env: { ...process.env },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`${person.email} is now an instructor`);
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id }, select: { role: true } })).role).toBe("instructor");
    const bad = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/user-role.ts", person.email, "admin"], { cwd: root, env: { ...process.env }, encoding: "utf8", timeout: 60_000 });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("Unknown role");
  }, 90_000);
});
