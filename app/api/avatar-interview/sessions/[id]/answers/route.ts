import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { AvatarAnswerSchema } from "@/lib/avatar-interview/schema";
import { submitAvatarAnswer } from "@/lib/avatar-interview/service";
import { AI_LIMITS } from "@/lib/ai/limits";
import { answerOutcome } from "@/lib/ai-interview/answers";

export const dynamic = "force-dynamic";

const BodySchema = AvatarAnswerSchema.omit({ sessionId: true });

/**
 * POST {answerId, answer, durationSeconds?, recordingOffsetMs?} → {saved, evaluated, score, source}.
 * Mirrors /api/ai-interview/sessions/[id]/answers: the answer is committed before
 * it is scored, and repeating a request keeps the first answer.
 */
export const POST = route(
  {
    body: BodySchema,
    params: IdParams,
    rateLimit: { name: "ai-evaluate", ...AI_LIMITS.evaluate },
    maxBodyBytes: 128 * 1024,
  },
  async ({ body, user, params }) => {
    // Another user's id is simply not found.
    const sessionId = params.id;
    const result = await submitAvatarAnswer(user.id, { sessionId, ...body });
    const outcome = await answerOutcome("avatar", user.id, { sessionId, answerId: body.answerId });
    return { saved: result.saved, evaluated: result.evaluated, score: outcome.score, source: outcome.source };
  },
);
