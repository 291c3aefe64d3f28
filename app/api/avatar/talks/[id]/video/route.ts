import { route } from "@/lib/api/handler";
import { talkVideo } from "@/lib/avatar/talks";
import { AVATAR_LIMITS } from "@/lib/avatar/limits";

export const dynamic = "force-dynamic";

/** GET → the finished talk's video, streamed from D-ID for its owner only (Range passes through). */
export const GET = route(
  { rateLimit: { name: "avatar-polls", ...AVATAR_LIMITS.polls } },
  async ({ user, params, req }) => {
    // Any other id, well-formed or not, is simply not found.
    const id = String(params.id).slice(0, 100);
    return talkVideo(user.id, id, req.headers.get("range"));
  },
);
