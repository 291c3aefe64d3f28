import { describe, expect, it } from "vitest";
import { summarise } from "@/lib/interview-session/summary";
import type { AnswerMetrics } from "@/lib/ai/schema";

function metrics(overrides: Partial<AnswerMetrics> = {}): AnswerMetrics {
  return {
    wordCount: 150,
    sentenceCount: 8,
    durationSeconds: null,
    wordsPerMinute: null,
    fillers: [],
    fillerCount: 0,
    fillerRate: 0,
    hedges: [],
    hedgeCount: 0,
    star: { situation: true, task: true, action: true, result: true, evidence: {} },
    numbers: ["30%"],
    concreteResults: 1,
    talkingPoints: { covered: ["a", "b"], missed: [], coverage: 1 },
    ...overrides,
  };
}

describe("summarise", () => {
  it("averages scores and ranks the weakest type and recurring issues", () => {
    const summary = summarise([
      { questionType: "behavioral", score: 4, metrics: metrics({ star: { situation: true, task: false, action: true, result: false, evidence: {} } }) },
      { questionType: "behavioral", score: 5, metrics: metrics({ star: { situation: true, task: true, action: true, result: false, evidence: {} }, fillerRate: 5 }) },
      { questionType: "technical", score: 9, metrics: metrics() },
    ]);
    expect(summary.averageScore).toBe(6);
    expect(summary.byType).toEqual([
      { type: "behavioral", average: 4.5, count: 2 },
      { type: "technical", average: 9, count: 1 },
    ]);
    const areas = summary.weakestAreas.map((a) => a.area);
    expect(areas[0]).toBe("Stating results");
    expect(areas).toContain("Behavioural questions");
    expect(areas).toContain("Filler words");
    expect(summary.weakestAreas.find((a) => a.area === "Stating results")?.detail).toBe(
      "2 of 2 behavioural answers did not say how the story ended or what changed.",
    );
  });

  it("reports nothing for unscored sessions", () => {
    expect(summarise([{ questionType: "technical", score: null, metrics: null }])).toEqual({ averageScore: null, byType: [], weakestAreas: [] });
  });
});
