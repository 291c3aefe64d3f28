import "server-only";
import { db } from "@/lib/db";

/**
 * The one place that decides who may watch a session's recording (and read its
 * analysis). Today: only the owner. The sharing work extends this to the
 * instructors the owner shared the session with — every recording read goes
 * through here, so that change is made once.
 */
export async function canViewRecording(viewerId: string, sessionId: string): Promise<boolean> {
  const session = await db().avatarInterviewSession.findFirst({
    where: { id: sessionId, userId: viewerId },
    select: { id: true },
  });
  return session !== null;
}
