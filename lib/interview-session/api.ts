import "server-only";
import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { AI_EVALUATE_LIMIT, AI_QUESTIONS_LIMIT } from "@/lib/ai/limits";
import { configuredAvatarProvider } from "@/lib/avatar/provider";
import { NotFoundError } from "@/lib/errors";
import { answerOutcome } from "@/lib/interview-session/answers";
import { getSession } from "@/lib/interview-session/queries";
import { AvatarAnswerSchema, AvatarSetupSchema, SetupSchema, type SessionKind } from "@/lib/interview-session/schema";
import { startSession, submitAnswer } from "@/lib/interview-session/service";

// The JSON API of both interview kinds, served from the one session domain.
// The routes and their shapes stay as other clients know them:
//   POST /api/ai-interview/sessions      {role, level, company?, format, count} → {id, source, questions}
//   POST /api/avatar-interview/sessions  {role, level, company?, count}         → {id, avatar, questions}
//   POST /api/{ai,avatar}-interview/sessions/{id}/answers
//        {answerId, answer, durationSeconds?, recordingOffsetMs? (avatar)}      → {saved, evaluated, score, source}

async function questionsOf(userId: string, kind: SessionKind, id: string) {
  const session = await getSession(userId, kind, id);
  if (!session) throw new NotFoundError();
  return {
    session,
    questions: session.answers.map((a) => ({ answerId: a.id, position: a.position, text: a.questionText, type: a.questionType })),
  };
}

/** POST /api/ai-interview/sessions: the same session the /ai-interview page creates. */
export const startTextSessionRoute = route({ body: SetupSchema, rateLimit: AI_QUESTIONS_LIMIT }, async ({ body, user }) => {
  const { id } = await startSession(user.id, "text", body);
  const { session, questions } = await questionsOf(user.id, "text", id);
  return { id, source: session.sessionData?.source ?? "local", questions };
});

/**
 * POST /api/avatar-interview/sessions: the same session the /avatar-interview page creates;
 * `avatar` is the configured talking head (D-ID may still fall back to the in-browser avatar per question).
 */
export const startAvatarSessionRoute = route({ body: AvatarSetupSchema, rateLimit: AI_QUESTIONS_LIMIT }, async ({ body, user }) => {
  const { id } = await startSession(user.id, "avatar", body);
  const { questions } = await questionsOf(user.id, "avatar", id);
  return { id, avatar: configuredAvatarProvider(), questions };
});

/**
 * POST /api/{kind}/sessions/{id}/answers. The answer is committed before it is
 * scored: "saved: true" means it is in the database even if scoring failed.
 * Repeating a request keeps the first answer; another user's session is 404.
 */
export function answerRoute(kind: SessionKind) {
  const body = kind === "avatar" ? AvatarAnswerSchema.omit({ sessionId: true }) : AvatarAnswerSchema.omit({ sessionId: true, recordingOffsetMs: true });
  return route(
    { body, params: IdParams, rateLimit: AI_EVALUATE_LIMIT, maxBodyBytes: 128 * 1024 },
    async ({ body: input, user, params }) => {
      const sessionId = params.id;
      const result = await submitAnswer(user.id, kind, { sessionId, ...input });
      const outcome = await answerOutcome({ kind, userId: user.id, sessionId, answerId: input.answerId });
      return { saved: result.saved, evaluated: result.evaluated, score: outcome.score, source: outcome.source };
    },
  );
}
