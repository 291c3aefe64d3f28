import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storage, userPrefix } from "@/lib/storage";
import { AppError, NotFoundError } from "@/lib/errors";
import { isVideoStart } from "@/lib/interview-session/avatar/recording/magic";
import { engagementScore, postureScore } from "@/lib/interview-session/avatar/analysis/scores";

/** The recording of one of the user's own video sessions: the only way this module reaches a recording. */
function ownRecording(userId: string, sessionId: string) {
  return { sessionId, session: { is: { userId, kind: "avatar" as const } } };
}

/** Largest single chunk: a few seconds of webcam video is well under 1 MB; 16 MB leaves room for 4K. */
export const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

/** A refused chunk. `expectedIndex` tells a resuming client where to carry on. */
export class ChunkRejectedError extends AppError {
  constructor(
    message: string,
    status: number,
    code: string,
    readonly expectedIndex?: number,
  ) {
    super(message, status, code);
  }
}

export type ChunkReceipt = { index: number; size: number; receivedBytes: number; nextIndex: number };

type Stored = { index: number; sha256: string };
type RecordingState = { status: string; bytes: number };

/** Where a chunk lives: under the owner's prefix, unique per write so a failed write never clobbers a stored chunk. */
export function chunkKey(userId: string, sessionId: string, index: number, sha256: string, mime: string): string {
  const ext = mime === "video/mp4" ? "mp4" : "webm";
  return `${userPrefix(userId)}avatar-interviews/${sessionId}/chunks/${String(index).padStart(6, "0")}-${sha256.slice(0, 16)}-${randomUUID().slice(0, 8)}.${ext}`;
}

/** The chunk prefix of a session: what its recording's storageKey records once the recording is complete. */
export function recordingPrefix(userId: string, sessionId: string): string {
  return `${userPrefix(userId)}avatar-interviews/${sessionId}/chunks/`;
}

/** Decides a chunk against what is stored: "duplicate" (acknowledge), "store", or a rejection. */
function decide(
  recording: RecordingState,
  existing: Stored | null,
  chunkCount: number,
  chunk: { index: number; sha256: string; size: number },
  maxBytes: number,
): "duplicate" | "store" {
  if (existing) {
    if (existing.sha256 === chunk.sha256) return "duplicate";
    throw new ChunkRejectedError(`Chunk ${chunk.index} was already received with different content`, 409, "chunk_conflict", chunkCount);
  }
  if (recording.status === "complete") {
    throw new ChunkRejectedError("This recording is already complete", 409, "recording_complete", chunkCount);
  }
  if (chunk.index !== chunkCount) {
    throw new ChunkRejectedError(`Chunks must arrive in order: expected chunk ${chunkCount}, got ${chunk.index}`, 409, "out_of_order", chunkCount);
  }
  if (recording.bytes + chunk.size > maxBytes) {
    throw new ChunkRejectedError(`The recording may be at most ${maxBytes} bytes`, 413, "recording_too_large", chunkCount);
  }
  return "store";
}

/**
 * Stores one chunk of a session recording. The object is written first under a
 * fresh key, then its row and the session's byte count are committed in one
 * transaction that holds the session row locked; if that fails the object is
 * deleted. So a row never points at a missing object, and concurrent or repeated
 * uploads of an index store it once.
 */
export async function storeChunk(input: {
  userId: string;
  sessionId: string;
  index: number;
  mime: string;
  data: Uint8Array;
}): Promise<ChunkReceipt> {
  const { userId, sessionId, index, mime, data } = input;
  const maxBytes = env().RECORDING_MAX_BYTES;
  const found = await db().sessionRecording.findFirst({ where: ownRecording(userId, sessionId), select: { status: true, bytes: true } });
  if (!found) throw new NotFoundError("Session not found");
  const recording = { status: found.status, bytes: Number(found.bytes) };
  if (index === 0 && !isVideoStart(data)) {
    throw new ChunkRejectedError("The first chunk is not a WebM or MP4 video (its first bytes do not match)", 415, "not_video");
  }
  const sha256 = createHash("sha256").update(data).digest("hex");
  const chunk = { index, sha256, size: data.byteLength };
  const where = { sessionId_index: { sessionId, index }, userId };
  const ofSession = { sessionId, userId };

  const [existing, count] = await Promise.all([
    db().recordingChunk.findUnique({ where, select: { index: true, sha256: true } }),
    db().recordingChunk.count({ where: ofSession }),
  ]);
  if (decide(recording, existing, count, chunk, maxBytes) === "duplicate") {
    return { index, size: chunk.size, receivedBytes: recording.bytes, nextIndex: count };
  }

  const key = chunkKey(userId, sessionId, index, sha256, mime);
  await storage().put(key, data);
  try {
    return await db().$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ status: string; bytes: bigint }[]>`
        SELECT r.status::text, r.bytes FROM session_recording r JOIN interview_session s ON s.id = r.session_id
        WHERE r.session_id = ${sessionId} AND s.user_id = ${userId} FOR UPDATE OF r`;
      const row = locked[0];
      if (!row) throw new NotFoundError("Session not found");
      const [again, countNow] = await Promise.all([
        tx.recordingChunk.findUnique({ where, select: { index: true, sha256: true } }),
        tx.recordingChunk.count({ where: ofSession }),
      ]);
      const state = { status: row.status, bytes: Number(row.bytes) };
      if (decide(state, again, countNow, chunk, maxBytes) === "duplicate") {
        await storage().delete(key);
        return { index, size: chunk.size, receivedBytes: state.bytes, nextIndex: countNow };
      }
      await tx.recordingChunk.create({
        data: { userId, sessionId, index, size: chunk.size, sha256, storageKey: key },
      });
      const updated = await tx.sessionRecording.update({
        where: { sessionId, session: { userId } },
        data: {
          bytes: { increment: chunk.size },
          status: "recording",
          ...(index === 0 ? { mime } : {}),
        },
        select: { bytes: true },
      });
      return { index, size: chunk.size, receivedBytes: Number(updated.bytes), nextIndex: countNow + 1 };
    });
  } catch (error) {
    await storage()
      .delete(key)
      .catch(() => undefined);
    throw error;
  }
}

/**
 * Marks a recording complete and stores the session's posture and engagement
 * scores from its samples. Only this makes a recording "complete"; an upload that
 * stopped half-way stays "recording" (shown as partial).
 */
export async function completeRecording(input: { userId: string; sessionId: string; durationMs: number; mime: string }) {
  const { userId, sessionId } = input;
  const recording = await db().sessionRecording.findFirst({ where: ownRecording(userId, sessionId), select: { sessionId: true } });
  if (!recording) throw new NotFoundError("Session not found");
  const chunks = await db().recordingChunk.aggregate({ where: { sessionId, userId }, _count: true, _sum: { size: true } });
  if (chunks._count === 0) throw new ChunkRejectedError("No recording was received for this session", 409, "no_recording", 0);
  const samples = await db().faceAnalysisSample.findMany({
    where: { sessionId, userId },
    select: { faceVisible: true, lookingAtCamera: true, headMovement: true, shoulderTilt: true, slouching: true },
  });
  const updated = await db().sessionRecording.update({
    where: { sessionId, session: { userId } },
    data: {
      status: "complete",
      videoRecorded: true,
      storageKey: recordingPrefix(userId, sessionId),
      durationMs: input.durationMs,
      mime: input.mime,
      postureScore: postureScore(samples),
      engagementScore: engagementScore(samples),
    },
    select: { status: true, bytes: true, durationMs: true, postureScore: true, engagementScore: true },
  });
  return {
    status: updated.status,
    chunks: chunks._count,
    bytes: Number(updated.bytes),
    durationMs: updated.durationMs,
    postureScore: updated.postureScore,
    engagementScore: updated.engagementScore,
  };
}
