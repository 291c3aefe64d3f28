import { describe, expect, it } from "vitest";
import { overallProgress, progressOf, roundProgress, withTopic } from "@/lib/company-prep/progress";
import { NotesSchema, ToggleTopicSchema } from "@/lib/company-prep/schema";

const CHECKLIST = ["Ownership story", "Conflict story", "Failure story", "Metrics story", "Customer story"];

describe("progressOf", () => {
  it("is the checked share of the checklist, in checklist order", () => {
    expect(progressOf(CHECKLIST, ["Metrics story", "Ownership story"])).toEqual({
      ok: true,
      covered: ["Ownership story", "Metrics story"],
      percentage: 40,
      completed: false,
    });
  });

  it("is 0 with nothing checked and 100 (completed) with everything", () => {
    expect(progressOf(CHECKLIST, [])).toMatchObject({ ok: true, covered: [], percentage: 0, completed: false });
    expect(progressOf(CHECKLIST, [...CHECKLIST].reverse())).toMatchObject({ ok: true, covered: CHECKLIST, percentage: 100, completed: true });
  });

  it("counts a duplicate once", () => {
    const result = progressOf(CHECKLIST, ["Conflict story", "Conflict story", "Conflict story"]);
    expect(result).toMatchObject({ ok: true, covered: ["Conflict story"], percentage: 20, completed: false });
  });

  it("rejects topics that are not on the checklist, each named once", () => {
    expect(progressOf(CHECKLIST, ["Ownership story", "Made-up topic", "Made-up topic", "ownership story"])).toEqual({
      ok: false,
      unknown: ["Made-up topic", "ownership story"],
    });
  });

  it("keeps fractions exact for a six-topic list", () => {
    const six = ["a", "b", "c", "d", "e", "f"];
    const result = progressOf(six, ["a"]);
    expect(result.ok && result.percentage).toBeCloseTo(100 / 6, 10);
  });

  it("never completes an empty checklist", () => {
    expect(progressOf([], [])).toEqual({ ok: true, covered: [], percentage: 0, completed: false });
  });
});

describe("withTopic", () => {
  it("adds a topic once and removes it", () => {
    expect(withTopic(["a"], "b", true)).toEqual(["a", "b"]);
    expect(withTopic(["a", "b"], "b", true)).toEqual(["a", "b"]);
    expect(withTopic(["a", "b"], "a", false)).toEqual(["b"]);
    expect(withTopic([], "a", false)).toEqual([]);
  });
});

describe("overallProgress", () => {
  it("averages the four types, counting a missing type as 0", () => {
    expect(overallProgress({ behavioral: 40 })).toBe(10);
    expect(overallProgress({ behavioral: 100, technical: 100, system_design: 100, culture: 100 })).toBe(100);
    expect(overallProgress({ behavioral: 50, culture: 25 })).toBe(18.8);
    expect(overallProgress({})).toBe(0);
  });

  it("rounds to one decimal", () => {
    expect(roundProgress(100 / 6)).toBe(16.7);
    expect(overallProgress({ technical: 100 / 6 })).toBe(4.2);
  });
});

describe("schemas", () => {
  it("refuses notes over 10,000 characters with a clear message", () => {
    const result = NotesSchema.safeParse({ slug: "google", prepType: "culture", notes: "x".repeat(10_001) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Notes must be at most 10,000 characters");
    expect(NotesSchema.parse({ slug: "google", prepType: "culture", notes: "x".repeat(10_000) }).notes).toHaveLength(10_000);
  });

  it("stores blank notes as null", () => {
    expect(NotesSchema.parse({ slug: "google", prepType: "technical", notes: "   " }).notes).toBeNull();
  });

  it("refuses an unknown prep type or a malformed slug", () => {
    expect(ToggleTopicSchema.safeParse({ slug: "google", prepType: "coding", topic: "x", checked: true }).success).toBe(false);
    expect(ToggleTopicSchema.safeParse({ slug: "../google", prepType: "culture", topic: "x", checked: true }).success).toBe(false);
    expect(ToggleTopicSchema.safeParse({ slug: "google", prepType: "culture", topic: "x", checked: "yes" }).success).toBe(false);
  });
});
