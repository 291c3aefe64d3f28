"use server";
import { action } from "@/lib/actions/action";
import { AnswerSchema, AvatarAnswerSchema, AvatarSetupSchema, RetrySchema, SetupSchema } from "@/lib/interview-session/schema";
import { evaluateStoredAnswer, startSession, submitAnswer } from "@/lib/interview-session/service";
import { consume } from "@/lib/rate-limit";
import { AI_LIMITS } from "@/lib/ai/limits";

// The server actions of both interview pages. Each kind keeps its own action
// names because its pages and forms call them; the work behind them is shared.

export const startInterview = action(
  { schema: SetupSchema, redirectTo: (session: { id: string }) => `/ai-interview/${session.id}`, revalidate: ["/ai-interview"] },
  async (setup, { user }) => {
    await consume("ai-questions", user.id, AI_LIMITS.questions);
    return startSession(user.id, "text", setup);
  },
);

export const answerQuestion = action({ schema: AnswerSchema }, async (input, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  return submitAnswer(user.id, "text", input);
});

export const retryEvaluation = action({ schema: RetrySchema }, async ({ sessionId, answerId }, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  return { evaluated: await evaluateStoredAnswer(user.id, "text", sessionId, answerId) };
});

export const startAvatarInterview = action(
  {
    schema: AvatarSetupSchema,
    redirectTo: (session: { id: string }) => `/avatar-interview/${session.id}`,
    revalidate: ["/avatar-interview"],
  },
  async (setup, { user }) => {
    await consume("ai-questions", user.id, AI_LIMITS.questions);
    return startSession(user.id, "avatar", setup);
  },
);

export const answerAvatarQuestion = action({ schema: AvatarAnswerSchema }, async (input, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  return submitAnswer(user.id, "avatar", input);
});

export const retryAvatarEvaluation = action({ schema: RetrySchema }, async ({ sessionId, answerId }, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  return { evaluated: await evaluateStoredAnswer(user.id, "avatar", sessionId, answerId) };
});
