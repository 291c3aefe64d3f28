import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { recordingFor } from "@/lib/interview-session/avatar/recording/access";
import { serveRecording } from "@/lib/interview-session/avatar/recording/serve";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The session recording as one seekable video (Range → 206). Anyone who may not view it gets 404. */
export const GET = route({ params: IdParams }, async ({ req, user, params }) => {
  const recording = await recordingFor(user.id, params.id);
  if (!recording) throw new NotFoundError("Recording not found");
  return serveRecording(recording, req.headers);
});
