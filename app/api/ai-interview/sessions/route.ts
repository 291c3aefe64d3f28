import { route } from "@/lib/api/handler";
import { SetupSchema } from "@/lib/ai-interview/schema";
import { startSession } from "@/lib/ai-interview/service";
import { getSession } from "@/lib/ai-interview/queries";
import { AI_LIMITS } from "@/lib/ai/limits";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * POST {role, level, company?, format, count} → {id, source, questions: [{answerId, position, text, type}]}.
 * The same session the /ai-interview page creates, for other clients.
 */
export const POST = route(
  { body: SetupSchema, rateLimit: { name: "ai-questions", ...AI_LIMITS.questions } },
  async ({ body, user }) => {
    const { id } = await startSession(user.id, body);
    const session = await getSession(user.id, id);
    if (!session) throw new NotFoundError();
    return {
      id,
      source: session.sessionData?.source ?? "local",
      questions: session.answers.map((a) => ({ answerId: a.id, position: a.position, text: a.questionText, type: a.questionType })),
    };
  },
);
