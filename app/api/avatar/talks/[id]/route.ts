import { route } from "@/lib/api/handler";
import { pollTalk } from "@/lib/avatar/talks";
import { AVATAR_LIMITS } from "@/lib/avatar/limits";

export const dynamic = "force-dynamic";

/** GET → {id, status: created|started|done|error|rejected, videoUrl, reason}; 404 unless the caller asked for this talk. */
export const GET = route({ rateLimit: { name: "avatar-polls", ...AVATAR_LIMITS.polls } }, async ({ user, params }) => {
  // Any other id, well-formed or not, is simply not found.
  const id = String(params.id).slice(0, 100);
  return pollTalk(user.id, id);
});
