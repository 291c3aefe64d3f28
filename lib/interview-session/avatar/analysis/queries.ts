import "server-only";
import { db } from "@/lib/db";
import { canViewRecording } from "@/lib/avatar-interview/recording/access";
import { SAMPLE_SELECT } from "@/lib/avatar-interview/analysis/samples";
import { engagementScore, postureScore } from "@/lib/avatar-interview/analysis/scores";
import type { Sample } from "@/lib/avatar-interview/analysis/sample";

export type Analysis = { samples: Sample[]; postureScore: number | null; engagementScore: number | null };

/**
 * The analysis timeline of a session and its scores, for whoever may view the
 * recording (canViewRecording); null otherwise. Scores are computed from the
 * samples, so they agree with the timeline even before the recording completed.
 */
export async function getAnalysis(userId: string, sessionId: string): Promise<Analysis | null> {
  if (!(await canViewRecording(userId, sessionId))) return null;
  const samples = await db().faceAnalysisSample.findMany({
    where: { avatarSessionId: sessionId },
    orderBy: { offsetMs: "asc" },
    select: SAMPLE_SELECT,
  });
  return { samples, postureScore: postureScore(samples), engagementScore: engagementScore(samples) };
}
