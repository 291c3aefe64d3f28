"use server";
import { action } from "@/lib/actions/action";
import {
  DeleteSchema,
  InterviewSchema,
  PractiseSchema,
  QuestionSchema,
  UpdateInterviewSchema,
} from "@/lib/interviews/schema";
import {
  createInterview,
  deleteInterview,
  deleteQuestion,
  logQuestion,
  practiseQuestions,
  updateInterview,
} from "@/lib/interviews/service";

// The dashboard counts upcoming interviews, so it refreshes with the list.
const AFFECTED = ["/interviews", "/interviews/questions", "/dashboard"];

export const createInterviewAction = action(
  { schema: InterviewSchema, revalidate: AFFECTED, redirectTo: () => "/interviews" },
  async (input, { user }) => createInterview(user.id, input),
);

export const updateInterviewAction = action(
  { schema: UpdateInterviewSchema, revalidate: AFFECTED, redirectTo: ({ id }) => `/interviews/${id}` },
  async ({ id, ...input }, { user }) => updateInterview(user.id, id, input),
);

/** No redirect: the list stays on its filter and page; the detail page navigates itself. */
export const deleteInterviewAction = action({ schema: DeleteSchema, revalidate: AFFECTED }, async ({ id }, { user }) =>
  deleteInterview(user.id, id),
);

export const logQuestionAction = action(
  { schema: QuestionSchema, revalidate: AFFECTED, successMessage: "Question added." },
  async (input, { user }) => logQuestion(user.id, input),
);

export const deleteQuestionAction = action({ schema: DeleteSchema, revalidate: AFFECTED }, async ({ id }, { user }) =>
  deleteQuestion(user.id, id),
);

export const practiseQuestionsAction = action(
  { schema: PractiseSchema, revalidate: ["/ai-interview"], redirectTo: ({ id }) => `/ai-interview/${id}` },
  async ({ questionIds }, { user }) => practiseQuestions(user.id, questionIds),
);
