"use server";
import { action } from "@/lib/actions/action";
import {
  AnswerSchema,
  AvatarAnswerSchema,
  AvatarSetupSchema,
  RetrySchema,
  SetupSchema,
} from "@/lib/interview-session/schema";
import { evaluateStoredAnswer, startSession, submitAnswer } from "@/lib/interview-session/service";
import { AI_EVALUATE_LIMIT, AI_QUESTIONS_LIMIT } from "@/lib/ai/limits";

// The server actions of both interview pages. Each kind keeps its own action
// names because its pages and forms call them; the work behind them is shared,
// and so are the budgets with the /api routes (lib/ai/limits.ts).

export const startInterview = action(
  {
    schema: SetupSchema,
    rateLimit: AI_QUESTIONS_LIMIT,
    redirectTo: (session: { id: string }) => `/ai-interview/${session.id}`,
    revalidate: ["/ai-interview"],
  },
  async (setup, { user }) => startSession(user.id, "text", setup),
);

export const answerQuestion = action({ schema: AnswerSchema, rateLimit: AI_EVALUATE_LIMIT }, async (input, { user }) =>
  submitAnswer(user.id, "text", input),
);

export const retryEvaluation = action(
  { schema: RetrySchema, rateLimit: AI_EVALUATE_LIMIT },
  async ({ sessionId, answerId }, { user }) => ({
    evaluated: await evaluateStoredAnswer(user.id, "text", sessionId, answerId),
  }),
);

export const startAvatarInterview = action(
  {
    schema: AvatarSetupSchema,
    rateLimit: AI_QUESTIONS_LIMIT,
    redirectTo: (session: { id: string }) => `/avatar-interview/${session.id}`,
    revalidate: ["/avatar-interview"],
  },
  async (setup, { user }) => startSession(user.id, "avatar", setup),
);

export const answerAvatarQuestion = action(
  { schema: AvatarAnswerSchema, rateLimit: AI_EVALUATE_LIMIT },
  async (input, { user }) => submitAnswer(user.id, "avatar", input),
);

export const retryAvatarEvaluation = action(
  { schema: RetrySchema, rateLimit: AI_EVALUATE_LIMIT },
  async ({ sessionId, answerId }, { user }) => ({
    evaluated: await evaluateStoredAnswer(user.id, "avatar", sessionId, answerId),
  }),
);
