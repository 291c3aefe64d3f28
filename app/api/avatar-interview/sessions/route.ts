import { route } from "@/lib/api/handler";
import { AvatarSetupSchema } from "@/lib/avatar-interview/schema";
import { startAvatarSession } from "@/lib/avatar-interview/service";
import { getAvatarSession } from "@/lib/avatar-interview/queries";
import { configuredAvatarProvider } from "@/lib/avatar/provider";
import { AI_LIMITS } from "@/lib/ai/limits";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * POST {role, level, company?, count} → {id, avatar: "local"|"did", questions: [{answerId, position, text, type}]}.
 * The same session the /avatar-interview page creates; `avatar` is the configured talking head
 * (D-ID may still fall back to the in-browser avatar per question).
 */
export const POST = route(
  { body: AvatarSetupSchema, rateLimit: { name: "ai-questions", ...AI_LIMITS.questions } },
  async ({ body, user }) => {
    const { id } = await startAvatarSession(user.id, body);
    const session = await getAvatarSession(user.id, id);
    if (!session) throw new NotFoundError();
    return {
      id,
      avatar: configuredAvatarProvider(),
      questions: session.answers.map((a) => ({
        answerId: a.id,
        position: a.position,
        text: a.questionText,
        type: a.questionType,
      })),
    };
  },
);
