import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SampleInput } from "@/lib/interview-session/avatar/analysis/schema";
import { engagementScore, postureScore } from "@/lib/interview-session/avatar/analysis/scores";

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
  const recording = await db().sessionRecording.findFirst({
    where: { sessionId, session: { is: { userId, kind: "avatar" } } },
    select: { status: true },
  });
  if (!recording) throw new NotFoundError("Session not found");
  const { count } = await db().faceAnalysisSample.createMany({
    data: samples.map((sample) => ({
      userId,
      sessionId,
      offsetMs: sample.offsetMs,
      faceVisible: sample.faceVisible,
      lookingAtCamera: sample.lookingAtCamera,
      headMovement: sample.headMovement ?? null,
      shoulderTilt: sample.shoulderTilt ?? null,
      slouching: sample.slouching ?? null,
    })),
    skipDuplicates: true,
  });
  if (count > 0 && recording.status === "complete") {
    const all = await db().faceAnalysisSample.findMany({ where: { sessionId, userId }, select: SAMPLE_SELECT });
    await db().sessionRecording.update({
      where: { sessionId, session: { userId } },
      data: { postureScore: postureScore(all), engagementScore: engagementScore(all) },
    });
  }
  return { stored: count };
}
