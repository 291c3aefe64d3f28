import { describe, expect, it } from "vitest";
import { CatalogueFilterSchema, LogAttemptSchema, MAX_SOLUTION_BYTES, ratingName } from "@/lib/dsa/schema";

const valid = { slug: "two-sum", solved: "yes", attempts: "2", timeTaken: "25", solutionCode: "return [];", notes: "  hash map  ", rating: "good" };

function fieldErrors(input: Record<string, unknown>) {
  const result = LogAttemptSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("LogAttemptSchema", () => {
  it("parses form strings into typed values", () => {
    expect(LogAttemptSchema.parse(valid)).toEqual({
      slug: "two-sum",
      solved: true,
      attempts: 2,
      timeTaken: 25,
      solutionCode: "return [];",
      notes: "hash map",
      rating: "good",
    });
    expect(LogAttemptSchema.parse({ ...valid, solved: "no", solutionCode: "   ", notes: "" })).toMatchObject({ solved: false, solutionCode: null, notes: null });
  });

  it("accepts time from 0 to 1440 minutes and rejects outside", () => {
    expect(fieldErrors({ ...valid, timeTaken: "0" })).toEqual({});
    expect(fieldErrors({ ...valid, timeTaken: "1440" })).toEqual({});
    expect(fieldErrors({ ...valid, timeTaken: "1441" })).toHaveProperty("timeTaken");
    expect(fieldErrors({ ...valid, timeTaken: "-1" })).toHaveProperty("timeTaken");
    expect(fieldErrors({ ...valid, timeTaken: "2.5" })).toHaveProperty("timeTaken");
  });

  it("treats an empty time as missing, not as 0", () => {
    expect(fieldErrors({ ...valid, timeTaken: "" })).toEqual({ timeTaken: "Enter the minutes you spent" });
  });

  it("accepts 1 to 100 tries", () => {
    expect(fieldErrors({ ...valid, attempts: "1" })).toEqual({});
    expect(fieldErrors({ ...valid, attempts: "100" })).toEqual({});
    expect(fieldErrors({ ...valid, attempts: "0" })).toHaveProperty("attempts");
    expect(fieldErrors({ ...valid, attempts: "101" })).toHaveProperty("attempts");
  });

  it("limits solution code to 100 KB, counted in bytes", () => {
    expect(fieldErrors({ ...valid, solutionCode: "x".repeat(MAX_SOLUTION_BYTES) })).toEqual({});
    expect(fieldErrors({ ...valid, solutionCode: "x".repeat(MAX_SOLUTION_BYTES + 1) })).toEqual({ solutionCode: "Solution code must be at most 100 KB" });
    // 40,000 three-byte characters are 120,000 bytes, though fewer than 102,400 characters.
    expect(fieldErrors({ ...valid, solutionCode: "€".repeat(40_000) })).toHaveProperty("solutionCode");
  });

  it("limits notes to 10,000 characters", () => {
    expect(fieldErrors({ ...valid, notes: "n".repeat(10_000) })).toEqual({});
    expect(fieldErrors({ ...valid, notes: "n".repeat(10_001) })).toEqual({ notes: "Notes must be at most 10,000 characters" });
  });

  it("requires a known rating and a yes/no answer", () => {
    expect(fieldErrors({ ...valid, rating: "perfect" })).toHaveProperty("rating");
    expect(fieldErrors({ ...valid, solved: "maybe" })).toHaveProperty("solved");
    expect(fieldErrors({ ...valid, slug: "../etc" })).toHaveProperty("slug");
  });

  it("maps stored grades back to names", () => {
    expect([1, 2, 3, 4, 0, null].map(ratingName)).toEqual(["again", "hard", "good", "easy", null, null]);
  });
});

describe("CatalogueFilterSchema", () => {
  it("keeps valid filters and drops invalid ones instead of failing", () => {
    expect(CatalogueFilterSchema.parse({ q: " sum ", category: "arrays", difficulty: "easy", status: "due", page: "3" })).toEqual({
      q: "sum",
      category: "arrays",
      difficulty: "easy",
      status: "due",
      page: 3,
    });
    expect(CatalogueFilterSchema.parse({ q: "", category: "cooking", difficulty: "brutal", status: "x", page: "-4" })).toEqual({
      q: undefined,
      category: undefined,
      difficulty: undefined,
      status: undefined,
      page: 1,
    });
    expect(CatalogueFilterSchema.parse({}).page).toBe(1);
  });
});
