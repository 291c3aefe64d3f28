import { describe, expect, it } from "vitest";
import {
  GrammarRequestSchema,
  GrammarSubmissionSchema,
  MAX_CHECK_CHARS,
  SessionResultsSchema,
  SpeakingSubmissionSchema,
  VocabularySubmissionSchema,
} from "@/lib/english/schema";

describe("grammar request", () => {
  it("accepts 1 to 10,000 characters, untrimmed", () => {
    expect(GrammarRequestSchema.parse({ text: " a " }).text).toBe(" a ");
    expect(GrammarRequestSchema.safeParse({ text: "x".repeat(MAX_CHECK_CHARS) }).success).toBe(true);
  });

  it("refuses empty, blank, too long and non-string text with a message", () => {
    for (const text of ["", "   \n", "x".repeat(MAX_CHECK_CHARS + 1), 42, undefined]) {
      const result = GrammarRequestSchema.safeParse({ text });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message.length).toBeGreaterThan(5);
    }
  });
});

describe("submissions", () => {
  it("needs at least one grammar item and a known source", () => {
    expect(GrammarSubmissionSchema.safeParse({ source: "bank", items: [] }).success).toBe(false);
    expect(
      GrammarSubmissionSchema.safeParse({ source: "web", items: [{ exerciseId: "a", answer: "b" }] }).success,
    ).toBe(false);
    expect(
      GrammarSubmissionSchema.parse({ source: "bank", items: [{ exerciseId: "a", answer: "" }], durationSeconds: "30" })
        .durationSeconds,
    ).toBe(30);
  });

  it("asks for a verb choice", () => {
    const result = VocabularySubmissionSchema.safeParse({ items: [{ pairId: "did", chosen: "" }] });
    expect(result.error?.issues[0]).toMatchObject({ path: ["items", 0, "chosen"], message: "Choose a verb" });
  });

  it("requires a transcript and at least five seconds of speaking", () => {
    const result = SpeakingSubmissionSchema.safeParse({
      drillId: "x",
      input: "typed",
      transcript: "  ",
      durationSeconds: "",
    });
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["transcript", "durationSeconds"]));
    expect(
      SpeakingSubmissionSchema.parse({
        drillId: "x",
        input: "speech",
        transcript: "hi there",
        durationSeconds: "12",
        pauseGaps: [2.5],
      }),
    ).toMatchObject({
      durationSeconds: 12,
      pauseGaps: [2.5],
    });
  });
});

describe("stored results", () => {
  it("tells the three kinds apart and refuses an unknown kind", () => {
    expect(SessionResultsSchema.parse({ kind: "vocabulary", items: [] }).kind).toBe("vocabulary");
    expect(SessionResultsSchema.safeParse({ kind: "writing", items: [] }).success).toBe(false);
  });
});
