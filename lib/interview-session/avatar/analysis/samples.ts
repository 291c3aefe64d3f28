import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SampleInput } from "@/lib/avatar-interview/analysis/schema";
import { engagementScore, postureScore } from "@/lib/avatar-interview/analysis/scores";

export const SAMPLE_SELECT = {
  offsetMs: true,
  faceVisible: true,
  lookingAtCamera: true,
  headMovement: true,
  shoulderTilt: true,
  slouching: true,
} as const;

/**
 * Stores a batch of samples for the owner's session. A resent batch stores
 * nothing twice ((session, offsetMs) is unique). Samples that arrive after the
 * recording was completed update the session scores, so a late final batch counts.
 */
export async function storeSamples(userId: string, sessionId: string, samples: readonly SampleInput[]): Promise<{ stored: number }> {
  const session = await db().avatarInterviewSession.findFirst({
    where: { id: sessionId, userId },
    select: { recordingStatus: true },
  });
  if (!session) throw new NotFoundError("Session not found");
  const { count } = await db().faceAnalysisSample.createMany({
    data: samples.map((sample) => ({
      userId,
      avatarSessionId: sessionId,
      offsetMs: sample.offsetMs,
      faceVisible: sample.faceVisible,
      lookingAtCamera: sample.lookingAtCamera,
      headMovement: sample.headMovement ?? null,
      shoulderTilt: sample.shoulderTilt ?? null,
      slouching: sample.slouching ?? null,
    })),
    skipDuplicates: true,
  });
  if (count > 0 && session.recordingStatus === "complete") {
    const all = await db().faceAnalysisSample.findMany({ where: { avatarSessionId: sessionId, userId }, select: SAMPLE_SELECT });
    await db().avatarInterviewSession.update({
      where: { id: sessionId },
      data: { postureScore: postureScore(all), engagementScore: engagementScore(all) },
    });
  }
  return { stored: count };
}
