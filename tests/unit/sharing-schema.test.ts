import { describe, expect, it } from "vitest";
import {
  AddCommentSchema,
  CreateShareLinkSchema,
  RubricSchema,
  SaveReviewSchema,
  ShareWithInstructorSchema,
  formatTimestamp,
  parseTimestamp,
} from "@/lib/sharing/schema";
import { isWellFormedToken, newShareToken } from "@/lib/sharing/token";
import { fieldErrorsOf } from "@/lib/validation";

describe("comment moments", () => {
  it("reads m:ss and mm:ss into milliseconds and writes them back", () => {
    expect(parseTimestamp("0:45")).toBe(45_000);
    expect(parseTimestamp("12:05")).toBe(725_000);
    expect(parseTimestamp(" 1:00 ")).toBe(60_000);
    expect(parseTimestamp("")).toBeNull();
    expect(formatTimestamp(725_000)).toBe("12:05");
    expect(formatTimestamp(45_999)).toBe("0:45");
  });

  it("rejects seconds past 59, bare numbers and negatives", () => {
    for (const bad of ["1:60", "90", "-1:00", "1:5", "a:bc", "1:05:00"]) expect(parseTimestamp(bad)).toBeNaN();
  });

  it("needs an answer when a moment is given", () => {
    const parsed = AddCommentSchema.safeParse({ sessionId: "s1", at: "0:10", body: "Nice" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!).at).toEqual(["Choose the answer this moment belongs to"]);
    expect(AddCommentSchema.parse({ sessionId: "s1", body: " Nice " })).toMatchObject({ answerId: "", at: "", body: "Nice" });
  });
});

describe("rubric", () => {
  it("takes whole scores from 1 to 5 for every criterion", () => {
    const rubric = { structure: "4", clarity: 3, technicalDepth: 5, concreteResults: 1, delivery: 2 };
    expect(RubricSchema.parse(rubric)).toEqual({ structure: 4, clarity: 3, technicalDepth: 5, concreteResults: 1, delivery: 2 });
    for (const bad of [0, 6, 2.5, "x"]) expect(RubricSchema.safeParse({ ...rubric, clarity: bad }).success).toBe(false);
    const missing = SaveReviewSchema.safeParse({ sessionId: "s1", structure: 3 });
    expect(Object.keys(fieldErrorsOf(missing.error!)).sort()).toEqual(["clarity", "concreteResults", "delivery", "technicalDepth"]);
  });
});

describe("share targets", () => {
  it("need a session id unless the dashboard is shared", () => {
    expect(CreateShareLinkSchema.safeParse({ scope: "dashboard" }).success).toBe(true);
    expect(fieldErrorsOf(CreateShareLinkSchema.safeParse({ scope: "session" }).error!).sessionId).toEqual(["Choose the session to share"]);
    expect(CreateShareLinkSchema.safeParse({ scope: "dashboard", expiresInDays: "365" }).success).toBe(false);
    expect(ShareWithInstructorSchema.parse({ scope: "dashboard", email: " Coach@Example.COM " }).email).toBe("coach@example.com");
  });

  it("tokens have one shape, checked before any query", () => {
    expect(isWellFormedToken(newShareToken())).toBe(true);
    expect(isWellFormedToken("A".repeat(42))).toBe(false);
    expect(isWellFormedToken(`${"A".repeat(42)}=`)).toBe(false);
    expect(isWellFormedToken(`${"A".repeat(42)}/`)).toBe(false);
  });
});
