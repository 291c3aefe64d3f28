import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { NamedLimit } from "@/lib/rate-limit";
import type { Viewer } from "@/lib/sharing/access";
import { startSetSession } from "@/lib/interview-session/service";
import { newJoinCode } from "@/lib/cohorts/code";
import {
  MAX_SET_QUESTIONS,
  dueAtFromDate,
  type AddBankQuestionsSchema,
  type AddOwnQuestionSchema,
  type AssignSetSchema,
  type CreateCohortSchema,
  type CreateSetSchema,
  type RemoveSetItemSchema,
} from "@/lib/cohorts/schema";

// Writes of question sets, cohorts and assignments. Every write names its owner in the same
// query that finds the row (an instructor's set or cohort: `instructorId`; a student's
// assignment: a membership of theirs), so another account's id is simply "not found".

const NO_SET = "That question set does not exist or belongs to another instructor.";
const NO_COHORT = "That cohort does not exist or belongs to another instructor.";
const NO_ASSIGNMENT = "That assignment does not exist or is not for a cohort you are in.";
export const BAD_CODE = "No cohort accepts that code: it does not exist or was revoked. Check it with your instructor.";

/** Instructor-only writes refuse anyone else before touching a row. */
function instructorOnly(viewer: Viewer): string {
  if (viewer.role !== "instructor") throw new ForbiddenError("Only instructor accounts can manage question sets and cohorts.");
  return viewer.id;
}

async function ownSet(instructorId: string, setId: string) {
  const set = await db().questionSet.findFirst({
    where: { id: setId, instructorId },
    select: { id: true, _count: { select: { items: true } }, items: { orderBy: { position: "desc" }, take: 1, select: { position: true } } },
  });
  if (!set) throw new InvalidInputError(NO_SET, { setId: [NO_SET] });
  return { id: set.id, count: set._count.items, lastPosition: set.items[0]?.position ?? 0 };
}

async function ownCohort(instructorId: string, cohortId: string) {
  const cohort = await db().cohort.findFirst({ where: { id: cohortId, instructorId }, select: { id: true } });
  if (!cohort) throw new InvalidInputError(NO_COHORT, { cohortId: [NO_COHORT] });
  return cohort;
}

function roomFor(set: { count: number }, adding: number) {
  if (set.count + adding > MAX_SET_QUESTIONS) {
    const message = `A set holds at most ${MAX_SET_QUESTIONS} questions; this one has ${set.count}.`;
    throw new InvalidInputError(message, { questionIds: [message] });
  }
}

export async function createQuestionSet(viewer: Viewer, input: z.output<typeof CreateSetSchema>) {
  const instructorId = instructorOnly(viewer);
  return db().questionSet.create({
    data: { instructorId, name: input.name, description: input.description || null },
    select: { id: true },
  });
}

/** Copies bank questions into the set, in the order given; questions already in it are skipped. */
export async function addBankQuestions(viewer: Viewer, input: z.output<typeof AddBankQuestionsSchema>) {
  const set = await ownSet(instructorOnly(viewer), input.setId);
  const ids = [...new Set(input.questionIds)];
  const [found, present] = await Promise.all([
    db().question.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, type: true, difficulty: true, talkingPoints: true } }),
    db().questionSetItem.findMany({ where: { setId: set.id, questionId: { in: ids } }, select: { questionId: true } }),
  ]);
  const already = new Set(present.map((item) => item.questionId));
  const byId = new Map(found.map((question) => [question.id, question]));
  const adding = ids.flatMap((id) => {
    const question = byId.get(id);
    return question && !already.has(id) ? [question] : [];
  });
  if (found.length !== ids.length) {
    throw new InvalidInputError("Some of those questions are not in the bank.", { questionIds: ["Some of those questions are not in the bank."] });
  }
  roomFor(set, adding.length);
  await db().questionSetItem.createMany({
    data: adding.map((question, index) => ({
      setId: set.id,
      position: set.lastPosition + index + 1,
      questionId: question.id,
      text: question.text,
      type: question.type,
      difficulty: question.difficulty,
      talkingPoints: question.talkingPoints,
    })),
  });
  return { added: adding.length };
}

export async function addOwnQuestion(viewer: Viewer, input: z.output<typeof AddOwnQuestionSchema>) {
  const set = await ownSet(instructorOnly(viewer), input.setId);
  roomFor(set, 1);
  return db().questionSetItem.create({
    data: { setId: set.id, position: set.lastPosition + 1, text: input.text, type: input.type, talkingPoints: input.talkingPoints },
    select: { id: true },
  });
}

export async function removeSetItem(viewer: Viewer, input: z.output<typeof RemoveSetItemSchema>) {
  const instructorId = instructorOnly(viewer);
  const { count } = await db().questionSetItem.deleteMany({ where: { id: input.itemId, set: { id: input.setId, instructorId } } });
  if (count === 0) throw new NotFoundError(NO_SET);
  return { removed: count };
}

export async function createCohort(viewer: Viewer, input: z.output<typeof CreateCohortSchema>) {
  const instructorId = instructorOnly(viewer);
  return db().cohort.create({ data: { instructorId, name: input.name, joinCode: newJoinCode() }, select: { id: true } });
}

/** The code stops admitting anyone; students already in the cohort stay. */
export async function revokeCohortCode(viewer: Viewer, cohortId: string, at: Date) {
  const instructorId = instructorOnly(viewer);
  const { count } = await db().cohort.updateMany({ where: { id: cohortId, instructorId, codeRevokedAt: null }, data: { codeRevokedAt: at } });
  if (count === 0) await ownCohort(instructorId, cohortId);
  return { revoked: true };
}

/** A new code replaces the old one, which then admits no one (it no longer exists). */
export async function renewCohortCode(viewer: Viewer, cohortId: string) {
  const instructorId = instructorOnly(viewer);
  const { count } = await db().cohort.updateMany({ where: { id: cohortId, instructorId }, data: { joinCode: newJoinCode(), codeRevokedAt: null } });
  if (count === 0) throw new InvalidInputError(NO_COHORT, { cohortId: [NO_COHORT] });
  return { renewed: true };
}

/** Assigns one of the instructor's sets to one of their cohorts; assigning again updates the due date. */
export async function assignSet(viewer: Viewer, input: z.output<typeof AssignSetSchema>) {
  const instructorId = instructorOnly(viewer);
  const [cohort, set] = await Promise.all([ownCohort(instructorId, input.cohortId), ownSet(instructorId, input.setId)]);
  if (set.count === 0) throw new InvalidInputError("Add questions to the set before assigning it.", { setId: ["That set has no questions yet."] });
  const dueAt = dueAtFromDate(input.dueDate);
  return db().cohortAssignment.upsert({
    where: { cohortId_setId: { cohortId: cohort.id, setId: set.id } },
    create: { cohortId: cohort.id, setId: set.id, dueAt },
    update: { dueAt },
    select: { id: true },
  });
}

/** Join attempts a user may make per hour: each one tests a code, so guessing stays slow. */
export const JOIN_COHORT_LIMIT = { name: "cohort-join", points: 20, durationSeconds: 60 * 60 } as const satisfies NamedLimit;

/** Joins the cohort whose live code this is; joining twice is harmless. Instructors do not join cohorts. */
export async function joinCohort(viewer: Viewer, code: string) {
  if (viewer.role !== "student") throw new ForbiddenError("Cohorts are joined with student accounts.");
  const cohort = await db().cohort.findFirst({ where: { joinCode: code, codeRevokedAt: null }, select: { id: true, name: true } });
  if (!cohort) throw new InvalidInputError(BAD_CODE, { code: [BAD_CODE] });
  await db().cohortMember.upsert({
    where: { cohortId_studentId: { cohortId: cohort.id, studentId: viewer.id } },
    create: { cohortId: cohort.id, studentId: viewer.id },
    update: {},
  });
  return { cohortId: cohort.id, name: cohort.name };
}

/** Starts a mock interview over an assigned set, for a student of that cohort only. */
export async function startAssignment(studentId: string, assignmentId: string) {
  const assignment = await db().cohortAssignment.findFirst({
    where: { id: assignmentId, cohort: { members: { some: { studentId } } } },
    select: {
      id: true,
      set: {
        select: {
          name: true,
          items: { orderBy: { position: "asc" }, select: { questionId: true, text: true, type: true, difficulty: true, talkingPoints: true } },
        },
      },
    },
  });
  if (!assignment) throw new InvalidInputError(NO_ASSIGNMENT, { assignmentId: [NO_ASSIGNMENT] });
  return startSetSession(studentId, {
    assignmentId: assignment.id,
    role: assignment.set.name,
    questions: assignment.set.items,
  });
}
