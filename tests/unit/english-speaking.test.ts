import { describe, expect, it } from "vitest";
import { analyzeSpeaking, PACE, readingAccuracy } from "@/lib/english/speaking";
import { speakingDrill } from "@/lib/english/speaking-drills";

const prompt = speakingDrill("prompt-strength")!;
const passage = speakingDrill("passage-failure")!;

describe("speaking analysis", () => {
  it("reports pace, fillers and hedges from the shared answer metrics", () => {
    const transcript =
      "Um, I think my strength is, like, debugging. I basically find the root cause and, um, I fix it quickly with tests.";
    const { results, score, improvementAreas } = analyzeSpeaking(prompt, {
      input: "typed",
      transcript,
      durationSeconds: 10,
    });
    expect(results.wordCount).toBe(22);
    expect(results.wordsPerMinute).toBe(132);
    expect(results.fillers).toEqual(
      expect.arrayContaining([
        { term: "um", count: 2 },
        { term: "like", count: 1 },
        { term: "basically", count: 1 },
      ]),
    );
    expect(results.fillerCount).toBe(4);
    expect(results.hedges).toEqual([{ term: "I think", count: 1 }]);
    expect(results.pauses).toBeNull();
    expect(results.accuracy).toBeNull();
    expect(results.parts.map((p) => p.label)).toEqual(["Pace", "Filler words", "Hedging"]);
    expect(results.parts[0]?.score).toBe(100);
    expect(improvementAreas).toContain("Filler words");
    expect(score).toBeLessThan(80);
  });

  it("counts only gaps over two seconds as long pauses, and only when they were measured", () => {
    const transcript = "My strength is turning vague problems into clear plans that the whole team can follow.";
    const spoken = analyzeSpeaking(prompt, {
      input: "speech",
      transcript,
      durationSeconds: 6,
      pauseGaps: [1.2, 2.5, 4.1, 1.9],
    });
    expect(spoken.results.pauses).toEqual({ count: 2, longestSeconds: 4.1 });
    expect(spoken.results.parts.find((p) => p.label === "Long pauses")?.score).toBe(70);
    const typed = analyzeSpeaking(prompt, { input: "typed", transcript, durationSeconds: 6, pauseGaps: [5] });
    expect(typed.results.pauses).toBeNull();
    expect(typed.results.parts.some((p) => p.label === "Long pauses")).toBe(false);
  });

  it("marks slow and fast pace", () => {
    const transcript = "I solved it with a cache and a queue.";
    const slow = analyzeSpeaking(prompt, { input: "typed", transcript, durationSeconds: 60 });
    expect(slow.results.wordsPerMinute).toBe(9);
    expect(slow.results.parts[0]?.score).toBe(0);
    expect(slow.improvementAreas).toContain("Pace: speak a little faster");
    const fast = analyzeSpeaking(prompt, { input: "typed", transcript, durationSeconds: 2 });
    expect(fast.results.wordsPerMinute).toBeGreaterThan(PACE.max);
    expect(fast.improvementAreas).toContain("Pace: slow down");
  });

  it("measures how much of a passage was read", () => {
    expect(readingAccuracy("The cat sat on the mat.", "the cat sat on the mat")).toBe(1);
    expect(readingAccuracy("The cat sat on the mat.", "the cat")).toBe(0.33);
    const half = passage.text.split(" ").slice(0, 35).join(" ");
    const { results } = analyzeSpeaking(passage, { input: "typed", transcript: half, durationSeconds: 15 });
    expect(results.accuracy).toBeGreaterThan(0.4);
    expect(results.accuracy).toBeLessThan(0.6);
    expect(results.parts.find((p) => p.label === "Reading accuracy")).toBeDefined();
  });
});
