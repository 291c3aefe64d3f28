import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { AnswerSchema } from "@/lib/ai-interview/schema";
import { submitAnswer } from "@/lib/ai-interview/service";
import { AI_LIMITS } from "@/lib/ai/limits";
import { answerOutcome } from "@/lib/ai-interview/answers";

export const dynamic = "force-dynamic";

const BodySchema = AnswerSchema.omit({ sessionId: true });

/**
 * POST {answerId, answer, durationSeconds?} → {saved, evaluated, score, source}.
 * The answer is committed before it is scored; "saved: true" means it is in
 * the database even if scoring failed. Repeating a request keeps the first answer.
 */
export const POST = route(
  {
    body: BodySchema,
    params: IdParams,
    rateLimit: { name: "ai-evaluate", ...AI_LIMITS.evaluate },
    maxBodyBytes: 128 * 1024,
  },
  async ({ body, user, params }) => {
    const sessionId = params.id;
    const result = await submitAnswer(user.id, { sessionId, ...body });
    const outcome = await answerOutcome("ai", user.id, { sessionId, answerId: body.answerId });
    return { saved: result.saved, evaluated: result.evaluated, score: outcome.score, source: outcome.source };
  },
);
