import { route } from "@/lib/api/handler";
import { TokenParams } from "@/lib/api/params";
import { now } from "@/lib/clock";
import { recordingForLink } from "@/lib/interview-session/avatar/recording/access";
import { serveRecording } from "@/lib/interview-session/avatar/recording/serve";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The recording of a video session shared by link, for anyone holding the
 * token, with the same Range handling as the owner's. The link is checked on
 * every request (each seek is one), so a revoked or expired link answers 404
 * from the next range on, like every other failure (docs/decisions/029).
 */
export const GET = route({ auth: false, params: TokenParams }, async ({ req, params }) => {
  const recording = await recordingForLink(params.token, await now());
  if (!recording) throw new NotFoundError("Recording not found");
  return serveRecording(recording, req.headers);
});
