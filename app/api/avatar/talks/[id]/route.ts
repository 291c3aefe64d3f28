import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { pollTalk } from "@/lib/avatar/talks";
import { AVATAR_LIMITS } from "@/lib/avatar/limits";

export const dynamic = "force-dynamic";

/** GET → {id, status: created|started|done|error|rejected, videoUrl, reason}; 404 unless the caller asked for this talk. */
export const GET = route(
  { params: IdParams, rateLimit: { name: "avatar-polls", ...AVATAR_LIMITS.polls } },
  // Another user's id is simply not found.
  async ({ user, params }) => pollTalk(user.id, params.id),
);
