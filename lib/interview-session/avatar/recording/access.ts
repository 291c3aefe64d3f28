import "server-only";
import { db } from "@/lib/db";
import { instructorMayViewSession, linkedSession } from "@/lib/sharing/access";

/** A video session named by its owner and id: what every recording query is scoped by. */
export type RecordingRef = { ownerId: string; sessionId: string };

/** The session's owner only: uploading chunks and anything else that writes the recording. */
export async function isRecordingOwner(viewerId: string, sessionId: string): Promise<boolean> {
  const session = await db().interviewSession.findFirst({
    where: { id: sessionId, userId: viewerId, kind: "avatar" },
    select: { id: true },
  });
  return session !== null;
}

/**
 * The one place that decides who may watch a session's recording (and read its
 * analysis): the owner, or an instructor the owner shared THIS session with
 * while that share is not revoked (lib/sharing/access.ts; a dashboard share
 * does not include recordings). Share-link visitors go through
 * recordingForLink. Returns the recording scoped by its owner, or null.
 * Read-only: writers must use isRecordingOwner.
 */
export async function recordingFor(viewerId: string, sessionId: string): Promise<RecordingRef | null> {
  if (await isRecordingOwner(viewerId, sessionId)) return { ownerId: viewerId, sessionId };
  const ownerId = await instructorMayViewSession(viewerId, sessionId, "avatar");
  return ownerId ? { ownerId, sessionId } : null;
}

/**
 * The recording a share link of a video session shows, to anyone holding the
 * token, while the link is neither revoked nor expired (docs/decisions/029).
 */
export async function recordingForLink(token: string, at: Date): Promise<RecordingRef | null> {
  const linked = await linkedSession(token, at, "avatar");
  return linked ? { ownerId: linked.studentId, sessionId: linked.sessionId } : null;
}
