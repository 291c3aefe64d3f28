import { route } from "@/lib/api/handler";
import { TalkRequestSchema } from "@/lib/interview-session/schema";
import { requestTalk } from "@/lib/avatar/talks";
import { AVATAR_LIMITS } from "@/lib/avatar/limits";

export const dynamic = "force-dynamic";

/**
 * POST {text, sessionId?} → {provider: "did", id, status} when D-ID accepted the
 * talk, or {provider: "local", reason} when the in-browser avatar must speak
 * (no DID_API_KEY, or D-ID failed). The D-ID key never leaves the server.
 */
export const POST = route(
  { body: TalkRequestSchema, rateLimit: { name: "avatar-talks", ...AVATAR_LIMITS.talks }, maxBodyBytes: 8 * 1024 },
  async ({ body, user }) => requestTalk(user.id, body),
);
