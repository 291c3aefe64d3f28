import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { canViewRecording } from "@/lib/avatar-interview/recording/access";
import { serveRecording } from "@/lib/avatar-interview/recording/serve";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The session recording as one seekable video (Range → 206). Anyone who may not view it gets 404. */
export const GET = route({ params: IdParams }, async ({ req, user, params }) => {
  const sessionId = params.id;
  if (!(await canViewRecording(user.id, sessionId))) throw new NotFoundError("Recording not found");
  return serveRecording(sessionId, req.headers.get("range"));
});
