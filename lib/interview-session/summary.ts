import type { AnswerMetrics } from "@/lib/ai/schema";
import type { QuestionType } from "@/lib/questions/schema";

type ScoredAnswer = { questionType: QuestionType; score: number | null; metrics: AnswerMetrics | null };
/** A stored answer row; rows with an id and parentId are read as threads. */
type AnswerRow = ScoredAnswer & { id?: string; parentId?: string | null };

/**
 * One entry per question: a follow-up's evaluation read the whole thread, so the thread's last
 * scored row speaks for the question (lib/interview-session/threads.ts).
 */
function perQuestion(rows: readonly AnswerRow[]): ScoredAnswer[] {
  const last = new Map<string, ScoredAnswer>();
  rows.forEach((row, index) => {
    const thread = row.parentId ?? row.id ?? `row-${index}`;
    if (row.score !== null || !last.has(thread)) last.set(thread, row);
  });
  return [...last.values()];
}

export type SessionSummary = {
  averageScore: number | null;
  byType: { type: QuestionType; average: number; count: number }[];
  /** The areas that cost the most points, worst first, each with the evidence. */
  weakestAreas: { area: string; detail: string }[];
};

const TYPE_LABEL: Record<QuestionType, string> = {
  behavioral: "Behavioural questions",
  technical: "Technical questions",
  system_design: "System design questions",
};

const round = (value: number) => Math.round(value * 10) / 10;

/** Summarises a session from its stored scores and metrics; no AI involved. */
export function summarise(rows: readonly AnswerRow[]): SessionSummary {
  const answers = perQuestion(rows);
  const scored = answers.filter((a): a is ScoredAnswer & { score: number } => a.score !== null);
  if (scored.length === 0) return { averageScore: null, byType: [], weakestAreas: [] };

  const groups = new Map<QuestionType, number[]>();
  for (const answer of scored) groups.set(answer.questionType, [...(groups.get(answer.questionType) ?? []), answer.score]);
  const byType = [...groups.entries()]
    .map(([type, scores]) => ({ type, count: scores.length, average: round(scores.reduce((a, b) => a + b, 0) / scores.length) }))
    .sort((a, b) => a.average - b.average);
  const averageScore = round(scored.reduce((sum, a) => sum + a.score, 0) / scored.length);

  const areas: { area: string; detail: string; weight: number }[] = [];
  const withMetrics = scored.filter((a): a is typeof a & { metrics: AnswerMetrics } => a.metrics !== null);
  const count = (predicate: (m: AnswerMetrics) => boolean) => withMetrics.filter((a) => predicate(a.metrics)).length;

  const lowestType = byType[0];
  if (byType.length > 1 && lowestType && lowestType.average < averageScore - 0.5) {
    areas.push({
      area: TYPE_LABEL[lowestType.type],
      detail: `Averaged ${lowestType.average}/10 against ${averageScore}/10 overall.`,
      // A 3-point gap weighs like a problem found in every answer.
      weight: (averageScore - lowestType.average) / 3,
    });
  }
  const pointsMissed = withMetrics.filter((a) => a.metrics.talkingPoints.coverage !== null && a.metrics.talkingPoints.coverage < 0.5);
  if (pointsMissed.length > 0) {
    areas.push({
      area: "Covering the key points",
      detail: `${pointsMissed.length} of ${withMetrics.length} answers covered fewer than half of the question's key points.`,
      weight: pointsMissed.length / withMetrics.length,
    });
  }
  const behavioural = withMetrics.filter((a) => a.questionType === "behavioral");
  const noResult = behavioural.filter((a) => !a.metrics.star.result).length;
  if (noResult > 0) {
    areas.push({
      area: "Stating results",
      detail: `${noResult} of ${behavioural.length} behavioural answers did not say how the story ended or what changed.`,
      weight: noResult / Math.max(1, behavioural.length),
    });
  }
  const noNumbers = count((m) => m.wordCount > 0 && m.numbers.length === 0);
  if (noNumbers > withMetrics.length / 2) {
    areas.push({
      area: "Concrete numbers",
      detail: `${noNumbers} of ${withMetrics.length} answers gave no figures (sizes, percentages, time saved).`,
      weight: (noNumbers / withMetrics.length) * 0.8,
    });
  }
  const fillers = count((m) => m.fillerRate >= 3);
  if (fillers > 0) {
    areas.push({
      area: "Filler words",
      detail: `${fillers} of ${withMetrics.length} answers used 3 or more filler words per 100 words.`,
      weight: (fillers / withMetrics.length) * 0.7,
    });
  }
  const short = count((m) => m.wordCount < 60);
  if (short > 0) {
    areas.push({
      area: "Answer depth",
      detail: `${short} of ${withMetrics.length} answers were under 60 words.`,
      weight: (short / withMetrics.length) * 0.9,
    });
  }
  return {
    averageScore,
    byType,
    weakestAreas: areas.sort((a, b) => b.weight - a.weight).map(({ area, detail }) => ({ area, detail })),
  };
}
