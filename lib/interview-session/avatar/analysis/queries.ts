import "server-only";
import { db } from "@/lib/db";
import { recordingFor } from "@/lib/interview-session/avatar/recording/access";
import { SAMPLE_SELECT } from "@/lib/interview-session/avatar/analysis/samples";
import { engagementScore, postureScore } from "@/lib/interview-session/avatar/analysis/scores";
import type { Sample } from "@/lib/interview-session/avatar/analysis/sample";

export type Analysis = { samples: Sample[]; postureScore: number | null; engagementScore: number | null };

/**
 * The analysis timeline of a session and its scores, for whoever may view the
 * recording (recordingFor); null otherwise. Scores are computed from the
 * samples, so they agree with the timeline even before the recording completed.
 */
export async function getAnalysis(userId: string, sessionId: string): Promise<Analysis | null> {
  const recording = await recordingFor(userId, sessionId);
  if (!recording) return null;
  const samples = await db().faceAnalysisSample.findMany({
    where: { sessionId, userId: recording.ownerId },
    orderBy: { offsetMs: "asc" },
    select: SAMPLE_SELECT,
  });
  return { samples, postureScore: postureScore(samples), engagementScore: engagementScore(samples) };
}
