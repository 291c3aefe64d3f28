import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { talkVideo } from "@/lib/avatar/talks";
import { AVATAR_LIMITS } from "@/lib/avatar/limits";

export const dynamic = "force-dynamic";

/** GET → the finished talk's video, streamed from D-ID for its owner only (Range passes through). */
export const GET = route(
  { params: IdParams, rateLimit: { name: "avatar-polls", ...AVATAR_LIMITS.polls } },
  // Another user's id is simply not found.
  async ({ user, params, req }) => talkVideo(user.id, params.id, req.headers.get("range")),
);
