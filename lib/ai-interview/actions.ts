"use server";
import { action } from "@/lib/actions/action";
import { AnswerSchema, RetrySchema, SetupSchema } from "@/lib/ai-interview/schema";
import { evaluateStoredAnswer, startSession, submitAnswer } from "@/lib/ai-interview/service";
import { consume } from "@/lib/rate-limit";
import { AI_LIMITS } from "@/lib/ai/limits";

export const startInterview = action(
  { schema: SetupSchema, redirectTo: (session: { id: string }) => `/ai-interview/${session.id}`, revalidate: ["/ai-interview"] },
  async (setup, { user }) => {
    await consume("ai-questions", user.id, AI_LIMITS.questions);
    return startSession(user.id, setup);
  },
);

export const answerQuestion = action({ schema: AnswerSchema }, async (input, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  const result = await submitAnswer(user.id, input);
  return result;
});

export const retryEvaluation = action({ schema: RetrySchema }, async ({ sessionId, answerId }, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  return { evaluated: await evaluateStoredAnswer(user.id, sessionId, answerId) };
});
