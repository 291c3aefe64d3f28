"use server";
import { action } from "@/lib/actions/action";
import { AvatarAnswerSchema, AvatarRetrySchema, AvatarSetupSchema } from "@/lib/avatar-interview/schema";
import { evaluateAvatarAnswer, startAvatarSession, submitAvatarAnswer } from "@/lib/avatar-interview/service";
import { consume } from "@/lib/rate-limit";
import { AI_LIMITS } from "@/lib/ai/limits";

export const startAvatarInterview = action(
  {
    schema: AvatarSetupSchema,
    redirectTo: (session: { id: string }) => `/avatar-interview/${session.id}`,
    revalidate: ["/avatar-interview"],
  },
  async (setup, { user }) => {
    await consume("ai-questions", user.id, AI_LIMITS.questions);
    return startAvatarSession(user.id, setup);
  },
);

export const answerAvatarQuestion = action({ schema: AvatarAnswerSchema }, async (input, { user }) => {
  await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
  return submitAvatarAnswer(user.id, input);
});

export const retryAvatarEvaluation = action(
  { schema: AvatarRetrySchema },
  async ({ sessionId, answerId }, { user }) => {
    await consume("ai-evaluate", user.id, AI_LIMITS.evaluate);
    return { evaluated: await evaluateAvatarAnswer(user.id, sessionId, answerId) };
  },
);
