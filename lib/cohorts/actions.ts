"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import { AI_QUESTIONS_LIMIT } from "@/lib/ai/limits";
import {
  AddBankQuestionsSchema,
  AddOwnQuestionSchema,
  AssignSetSchema,
  CohortIdSchema,
  CreateCohortSchema,
  CreateSetSchema,
  JoinCohortSchema,
  RemoveSetItemSchema,
  StartAssignmentSchema,
} from "@/lib/cohorts/schema";
import {
  addBankQuestions,
  addOwnQuestion,
  assignSet,
  createCohort,
  createQuestionSet,
  JOIN_COHORT_LIMIT,
  joinCohort,
  removeSetItem,
  renewCohortCode,
  revokeCohortCode,
  startAssignment,
} from "@/lib/cohorts/service";

// Instructors manage sets under /instructor/sets and cohorts under /instructor/cohorts;
// students join on /cohorts and start assigned sets from the dashboard.
const SETS = ["/instructor/sets"];
const COHORTS = ["/instructor/cohorts", "/cohorts", "/dashboard"];

export const createQuestionSetAction = action(
  { schema: CreateSetSchema, revalidate: SETS, redirectTo: (set: { id: string }) => `/instructor/sets/${set.id}` },
  async (input, { user }) => createQuestionSet(user, input),
);

export const addBankQuestionsAction = action(
  { schema: AddBankQuestionsSchema, revalidate: SETS, successMessage: "Added to the set." },
  async (input, { user }) => addBankQuestions(user, input),
);

export const addOwnQuestionAction = action(
  { schema: AddOwnQuestionSchema, revalidate: SETS, successMessage: "Question added." },
  async (input, { user }) => addOwnQuestion(user, input),
);

export const removeSetItemAction = action({ schema: RemoveSetItemSchema, revalidate: SETS }, async (input, { user }) =>
  removeSetItem(user, input),
);

export const createCohortAction = action(
  { schema: CreateCohortSchema, revalidate: COHORTS, redirectTo: (cohort: { id: string }) => `/instructor/cohorts/${cohort.id}` },
  async (input, { user }) => createCohort(user, input),
);

export const revokeCohortCodeAction = action({ schema: CohortIdSchema, revalidate: COHORTS }, async ({ cohortId }, { user }) =>
  revokeCohortCode(user, cohortId, await now()),
);

export const renewCohortCodeAction = action({ schema: CohortIdSchema, revalidate: COHORTS }, async ({ cohortId }, { user }) =>
  renewCohortCode(user, cohortId),
);

export const assignSetAction = action(
  { schema: AssignSetSchema, revalidate: COHORTS, successMessage: "Set assigned." },
  async (input, { user }) => assignSet(user, input),
);

export const joinCohortAction = action(
  { schema: JoinCohortSchema, revalidate: COHORTS, rateLimit: JOIN_COHORT_LIMIT },
  async ({ code }, { user }) => joinCohort(user, code),
);

// Starting a set creates a session as the mock-interview page does, so it spends the same budget.
export const startAssignmentAction = action(
  {
    schema: StartAssignmentSchema,
    rateLimit: AI_QUESTIONS_LIMIT,
    redirectTo: (session: { id: string }) => `/ai-interview/${session.id}`,
    revalidate: ["/ai-interview", "/dashboard"],
  },
  async ({ assignmentId }, { user }) => startAssignment(user.id, assignmentId),
);
