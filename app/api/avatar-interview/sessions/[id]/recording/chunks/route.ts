import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { ChunkRejectedError, MAX_CHUNK_BYTES, storeChunk } from "@/lib/interview-session/avatar/recording/chunks";
import { readLimitedBody } from "@/lib/interview-session/avatar/recording/body";
import { recordingMime } from "@/lib/interview-session/avatar/recording/magic";
import { ChunkIndexSchema } from "@/lib/interview-session/avatar/recording/schema";
import { isRecordingOwner } from "@/lib/interview-session/avatar/recording/access";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * One chunk of the session recording, raw bytes, in order (?index=N). Replies
 * { index, size, receivedBytes, nextIndex }; refusals carry `expectedIndex` so a
 * resuming recorder knows where to carry on.
 */
export const POST = route(
  { params: IdParams, rateLimit: { name: "avatar-recording-chunks", points: 3600, durationSeconds: 3600 } },
  async ({ req, user, params, requestId }) => {
    const sessionId = params.id;
    try {
      // Ownership first: another user's session is a 404 whatever they send.
      if (!(await isRecordingOwner(user.id, sessionId))) throw new NotFoundError("Session not found");
      const index = ChunkIndexSchema.safeParse(req.nextUrl.searchParams.get("index") ?? "");
      if (!index.success) throw new ChunkRejectedError("index must be a whole number from 0", 400, "invalid_index");
      const mime = recordingMime(req.headers.get("content-type"));
      if (!mime) throw new ChunkRejectedError("Send chunks as video/webm or video/mp4", 415, "not_video");
      const data = await readLimitedBody(req, MAX_CHUNK_BYTES);
      if (data.byteLength === 0) throw new ChunkRejectedError("The chunk is empty", 400, "empty_chunk");
      return await storeChunk({ userId: user.id, sessionId, index: index.data, mime, data });
    } catch (error) {
      if (error instanceof ChunkRejectedError) {
        return NextResponse.json(
          {
            error: error.message,
            code: error.code,
            requestId,
            ...(error.expectedIndex === undefined ? {} : { expectedIndex: error.expectedIndex }),
          },
          { status: error.status },
        );
      }
      throw error;
    }
  },
);
