import "server-only";
import { db } from "@/lib/db";
import type { BankFilter } from "@/lib/cohorts/schema";
import { parseAnswer } from "@/lib/interview-session/answers";
import { summarise } from "@/lib/interview-session/summary";

// Reads of question sets, cohorts and assignments. Instructor reads filter on the instructor's
// id, student reads on a membership of the student's, in the query itself; none loads a row by
// id and compares afterwards.

export async function listMySets(instructorId: string) {
  const sets = await db().questionSet.findMany({
    where: { instructorId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, name: true, description: true, createdAt: true, _count: { select: { items: true, assignments: true } } },
  });
  return sets.map(({ _count, ...set }) => ({ ...set, questions: _count.items, assignments: _count.assignments }));
}

export async function getMySet(instructorId: string, setId: string) {
  return db().questionSet.findFirst({
    where: { id: setId, instructorId },
    select: {
      id: true,
      name: true,
      description: true,
      items: { orderBy: { position: "asc" }, select: { id: true, questionId: true, text: true, type: true, difficulty: true, talkingPoints: true } },
    },
  });
}

/** The question bank, filtered (reference data: every instructor sees the same bank). */
export async function browseBank(filter: BankFilter) {
  const where = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
    ...(filter.q ? { text: { contains: filter.q, mode: "insensitive" as const } } : {}),
  };
  const [questions, total] = await Promise.all([
    db().question.findMany({
      where,
      orderBy: [{ role: "asc" }, { id: "asc" }],
      take: 30,
      select: { id: true, role: true, type: true, difficulty: true, text: true },
    }),
    db().question.count({ where }),
  ]);
  return { questions, total };
}

export async function listMyCohorts(instructorId: string) {
  const cohorts = await db().cohort.findMany({
    where: { instructorId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, name: true, joinCode: true, codeRevokedAt: true, _count: { select: { members: true, assignments: true } } },
  });
  return cohorts.map(({ _count, ...cohort }) => ({ ...cohort, students: _count.members, assignments: _count.assignments }));
}

/**
 * One cohort of this instructor, with its members, assignments and, per student and set:
 * whether a session from it was completed, the average score of those sessions, the weakest
 * areas across them and links to each session. Null when the cohort is not theirs.
 */
export async function getMyCohort(instructorId: string, cohortId: string) {
  const cohort = await db().cohort.findFirst({
    where: { id: cohortId, instructorId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      codeRevokedAt: true,
      members: { orderBy: { joinedAt: "asc" }, select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } } },
      assignments: { orderBy: { createdAt: "asc" }, select: { id: true, dueAt: true, set: { select: { id: true, name: true } } } },
    },
  });
  if (!cohort) return null;
  const assignmentIds = cohort.assignments.map((a) => a.id);
  const studentIds = cohort.members.map((m) => m.student.id);
  // Only members' sessions count: one who never joined, or whose row is gone, is not shown.
  const inCohort = { assignmentId: { in: assignmentIds }, userId: { in: studentIds } };
  const [averages, sessions, answers] = await Promise.all([
    db().interviewSession.groupBy({
      by: ["assignmentId", "userId"],
      where: { ...inCohort, completed: true },
      _avg: { averageScore: true },
      _count: { _all: true },
    }),
    db().interviewSession.findMany({
      where: inCohort,
      orderBy: { createdAt: "desc" },
      take: 1000,
      select: { id: true, userId: true, assignmentId: true, completed: true, averageScore: true, createdAt: true },
    }),
    // Weakest areas are the session summary's own (summarise), over every scored answer the
    // student gave to this set, so instructor and student read the same verdict.
    db().sessionAnswer.findMany({
      where: { score: { not: null }, session: { is: inCohort } },
      orderBy: { createdAt: "desc" },
      take: 5000,
      select: { userId: true, questionType: true, score: true, metrics: true, feedback: true, followUpTarget: true, session: { select: { assignmentId: true } } },
    }),
  ]);
  const key = (assignmentId: string | null, userId: string) => `${assignmentId} ${userId}`;
  const averageBy = new Map(averages.map((row) => [key(row.assignmentId, row.userId), row]));
  const progress = cohort.members.map(({ student }) => ({
    student,
    sets: cohort.assignments.map((assignment) => {
      const k = key(assignment.id, student.id);
      const done = averageBy.get(k);
      return {
        assignmentId: assignment.id,
        done: (done?._count._all ?? 0) > 0,
        averageScore: done?._avg.averageScore === null || done === undefined ? null : Math.round(done._avg.averageScore * 10) / 10,
        weakest: summarise(answers.filter((a) => key(a.session.assignmentId, a.userId) === k).map(parseAnswer)).weakestAreas.slice(0, 2),
        sessions: sessions.filter((s) => key(s.assignmentId, s.userId) === k).slice(0, 5),
      };
    }),
  }));
  return { ...cohort, progress };
}
export type CohortView = NonNullable<Awaited<ReturnType<typeof getMyCohort>>>;

/** The cohorts this student belongs to, with their instructor's name. */
export async function listStudentCohorts(studentId: string) {
  const memberships = await db().cohortMember.findMany({
    where: { studentId },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, cohort: { select: { id: true, name: true, instructor: { select: { name: true } } } } },
  });
  return memberships.map((m) => ({ id: m.cohort.id, name: m.cohort.name, instructor: m.cohort.instructor.name, joinedAt: m.joinedAt }));
}

/** The sets assigned to this student's cohorts, soonest due first, each with whether the student completed it. */
export async function listAssignedSets(studentId: string) {
  const assignments = await db().cohortAssignment.findMany({
    where: { cohort: { members: { some: { studentId } } } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    take: 50,
    select: {
      id: true,
      dueAt: true,
      cohort: { select: { name: true, instructor: { select: { name: true } } } },
      set: { select: { name: true, description: true, _count: { select: { items: true } } } },
      sessions: {
        where: { userId: studentId },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, completed: true, averageScore: true },
      },
    },
  });
  const completed = await db().interviewSession.groupBy({
    by: ["assignmentId"],
    where: { userId: studentId, completed: true, assignmentId: { in: assignments.map((a) => a.id) } },
    _count: { _all: true },
  });
  const done = new Set(completed.map((row) => row.assignmentId));
  return assignments.map((a) => ({
    id: a.id,
    dueAt: a.dueAt,
    cohort: a.cohort.name,
    instructor: a.cohort.instructor.name,
    name: a.set.name,
    description: a.set.description,
    questions: a.set._count.items,
    done: done.has(a.id),
    latest: a.sessions[0] ?? null,
  }));
}
export type AssignedSet = Awaited<ReturnType<typeof listAssignedSets>>[number];
