import "server-only";
import { db } from "@/lib/db";
import { instructorMayViewAvatarSession } from "@/lib/sharing/access";

/** The session's owner only: uploading chunks and anything else that writes the recording. */
export async function isRecordingOwner(viewerId: string, sessionId: string): Promise<boolean> {
  const session = await db().avatarInterviewSession.findFirst({
    where: { id: sessionId, userId: viewerId },
    select: { id: true },
  });
  return session !== null;
}

/**
 * The one place that decides who may watch a session's recording (and read its
 * analysis): the owner, or an instructor the owner shared THIS session with
 * while that share is not revoked (lib/sharing/access.ts; a dashboard share
 * does not include recordings, and public share links never play the video).
 * Read-only: writers must use isRecordingOwner.
 */
export async function canViewRecording(viewerId: string, sessionId: string): Promise<boolean> {
  if (await isRecordingOwner(viewerId, sessionId)) return true;
  return instructorMayViewAvatarSession(viewerId, sessionId);
}
