import { describe, expect, it } from "vitest";
import {
  IMPOSSIBLE_DATE_MESSAGE,
  InterviewSchema,
  ListParamsSchema,
  PractiseSchema,
  QuestionSchema,
  UpdateInterviewSchema,
  isPastUpcoming,
  isRealDate,
  listHref,
  practiceHref,
  toInstant,
} from "@/lib/interviews/schema";
import { fieldErrorsOf } from "@/lib/validation";

const valid = {
  company: "Google",
  position: "Backend engineer",
  level: "senior",
  date: "2026-03-14",
  time: "14:30",
  tzOffset: "-60",
  status: "upcoming",
  performance: "",
  notes: "",
};

function errorsFor(input: unknown) {
  const parsed = InterviewSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("InterviewSchema", () => {
  it("accepts a valid interview from the form and turns empty optionals into undefined", () => {
    const parsed = InterviewSchema.parse(valid);
    expect(parsed).toEqual({
      company: "Google",
      position: "Backend engineer",
      level: "senior",
      date: "2026-03-14",
      time: "14:30",
      tzOffset: -60,
      status: "upcoming",
      performance: undefined,
      notes: undefined,
    });
  });

  it("parses its own output again unchanged, as the client hands it to the action", () => {
    const once = InterviewSchema.parse({ ...valid, performance: "4", notes: "  Went well  " });
    expect(InterviewSchema.parse(once)).toEqual(once);
    expect(once).toMatchObject({ performance: 4, notes: "Went well" });
  });

  it.each(["2026-02-30", "2026-02-29", "2025-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-06-31"])(
    "refuses the impossible date %s with a clear field error",
    (date) => {
      expect(errorsFor({ ...valid, date }).date).toEqual([IMPOSSIBLE_DATE_MESSAGE]);
    },
  );

  it("accepts 29 February in a leap year and the last day of each month", () => {
    for (const date of ["2028-02-29", "2024-02-29", "2026-01-31", "2026-04-30", "2026-12-31"]) {
      expect(errorsFor({ ...valid, date })).toEqual({});
    }
  });

  it("refuses malformed or missing dates and times", () => {
    expect(errorsFor({ ...valid, date: "" }).date?.[0]).toBe("Enter the date of the interview");
    expect(errorsFor({ ...valid, date: "14/03/2026" }).date?.[0]).toBe("Enter the date as YYYY-MM-DD");
    expect(errorsFor({ ...valid, time: "24:00" }).time?.[0]).toBe("Enter the time as HH:MM (24-hour)");
    expect(errorsFor({ ...valid, time: "9:5" }).time?.[0]).toBe("Enter the time as HH:MM (24-hour)");
    expect(errorsFor({ ...valid, time: "" }).time?.[0]).toBe("Enter the time of the interview");
  });

  it("refuses 100 KB of notes and accepts exactly 10,000 characters", () => {
    expect(errorsFor({ ...valid, notes: "x".repeat(100 * 1024) }).notes).toEqual([
      "Notes must be at most 10,000 characters",
    ]);
    expect(errorsFor({ ...valid, notes: "x".repeat(10_001) }).notes).toBeDefined();
    expect(errorsFor({ ...valid, notes: "x".repeat(10_000) })).toEqual({});
  });

  it.each([
    ["0", "Rate your performance from 1 to 5"],
    ["6", "Rate your performance from 1 to 5"],
    ["-1", "Rate your performance from 1 to 5"],
    ["3.5", "Rate your performance with a whole number from 1 to 5"],
    ["abc", "Rate your performance from 1 to 5"],
  ])("refuses performance %s", (performance, message) => {
    expect(errorsFor({ ...valid, performance }).performance).toEqual([message]);
  });

  it.each([
    ["1", 1],
    ["5", 5],
    [3, 3],
    ["", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("accepts performance %s as %s", (performance, expected) => {
    expect(InterviewSchema.parse({ ...valid, performance }).performance).toBe(expected);
  });

  it("requires company and position, at most 100 characters each", () => {
    expect(errorsFor({ ...valid, company: "   " }).company).toEqual(["Enter the company"]);
    expect(errorsFor({ ...valid, position: "" }).position).toEqual(["Enter the position"]);
    expect(errorsFor({ ...valid, company: "c".repeat(101) }).company).toEqual([
      "The company must be at most 100 characters",
    ]);
    expect(errorsFor({ ...valid, position: "p".repeat(101) }).position).toEqual([
      "The position must be at most 100 characters",
    ]);
    expect(errorsFor({ ...valid, company: "c".repeat(100), position: "p".repeat(100) })).toEqual({});
  });

  it("refuses an unknown status or level", () => {
    expect(errorsFor({ ...valid, status: "ghosted" }).status).toEqual(["Choose a status from the list"]);
    expect(errorsFor({ ...valid, level: "wizard" }).level).toBeDefined();
    expect(InterviewSchema.parse({ ...valid, level: "" }).level).toBeUndefined();
  });

  it("the update variant needs the interview id", () => {
    expect(UpdateInterviewSchema.safeParse(valid).success).toBe(false);
    expect(UpdateInterviewSchema.parse({ ...valid, id: "abc123" }).id).toBe("abc123");
  });
});

describe("isRealDate", () => {
  it("does not let Date roll 2026-02-30 into March", () => {
    expect(isRealDate("2026-02-30")).toBe(false);
    expect(isRealDate("2026-03-02")).toBe(true);
    expect(isRealDate("2026-3-2")).toBe(false);
  });
});

describe("toInstant", () => {
  it("stores the wall time of the browser's zone as the right instant", () => {
    expect(toInstant({ date: "2026-03-14", time: "14:30", tzOffset: 0 }).toISOString()).toBe(
      "2026-03-14T14:30:00.000Z",
    );
    // UTC+1 (Berlin in winter): getTimezoneOffset() is -60.
    expect(toInstant({ date: "2026-03-14", time: "14:30", tzOffset: -60 }).toISOString()).toBe(
      "2026-03-14T13:30:00.000Z",
    );
    // UTC-5 (New York in winter): 300; late evening falls on the next UTC day.
    expect(toInstant({ date: "2026-01-31", time: "22:15", tzOffset: 300 }).toISOString()).toBe(
      "2026-02-01T03:15:00.000Z",
    );
    // UTC+5:30 (India).
    expect(toInstant({ date: "2026-03-14", time: "09:00", tzOffset: -330 }).toISOString()).toBe(
      "2026-03-14T03:30:00.000Z",
    );
  });
});

describe("isPastUpcoming", () => {
  const now = new Date("2026-03-14T12:00:00Z");

  it("flags an upcoming interview dated before now", () => {
    expect(isPastUpcoming({ status: "upcoming", date: new Date("2026-03-14T11:59:00Z") }, now)).toBe(true);
  });

  it("does not flag a future upcoming interview or a past one with another status", () => {
    expect(isPastUpcoming({ status: "upcoming", date: new Date("2026-03-14T12:01:00Z") }, now)).toBe(false);
    expect(isPastUpcoming({ status: "completed", date: new Date("2026-01-01T00:00:00Z") }, now)).toBe(false);
  });

  it("is a warning, not a refusal: a past upcoming interview still validates", () => {
    expect(InterviewSchema.safeParse({ ...valid, date: "2001-01-01" }).success).toBe(true);
  });
});

describe("QuestionSchema and PractiseSchema", () => {
  it("requires the question text and accepts an optional type", () => {
    expect(QuestionSchema.parse({ interviewId: "i1", text: " Why us? ", type: "", notes: "" })).toEqual({
      interviewId: "i1",
      text: "Why us?",
      type: undefined,
      notes: undefined,
    });
    const parsed = QuestionSchema.safeParse({ interviewId: "i1", text: "  ", type: "trivia" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toMatchObject({
      text: ["Enter the question you were asked"],
      type: expect.any(Array),
    });
  });

  it("takes one checkbox, several, or none", () => {
    expect(PractiseSchema.parse({ questionIds: "q1" }).questionIds).toEqual(["q1"]);
    expect(PractiseSchema.parse({ questionIds: ["q1", "q2"] }).questionIds).toEqual(["q1", "q2"]);
    const none = PractiseSchema.safeParse({ questionIds: false });
    expect(none.success ? {} : fieldErrorsOf(none.error)).toEqual({
      questionIds: ["Choose at least one question to practise"],
    });
    const many = PractiseSchema.safeParse({ questionIds: Array.from({ length: 11 }, (_, i) => `q${i}`) });
    expect(many.success).toBe(false);
  });
});

describe("list URL params", () => {
  it("falls back to defaults for anything unrecognised", () => {
    expect(ListParamsSchema.parse({})).toEqual({ status: undefined, sort: "date-desc", page: 1 });
    expect(ListParamsSchema.parse({ status: "nope", sort: "random", page: "-3" })).toEqual({
      status: undefined,
      sort: "date-desc",
      page: 1,
    });
    expect(ListParamsSchema.parse({ status: "offer", sort: "company", page: "3" })).toEqual({
      status: "offer",
      sort: "company",
      page: 3,
    });
    expect(ListParamsSchema.parse({ page: ["2", "3"] }).page).toBe(1);
  });

  it("builds short, shareable list links", () => {
    expect(listHref({})).toBe("/interviews");
    expect(listHref({ sort: "date-desc", page: 1 })).toBe("/interviews");
    expect(listHref({ status: "upcoming", sort: "company", page: 2 })).toBe(
      "/interviews?status=upcoming&sort=company&page=2",
    );
  });

  it("pre-fills the mock interview setup with role, level and company", () => {
    expect(practiceHref({ position: "Backend engineer", level: "senior", companySlug: "google" })).toBe(
      "/ai-interview?role=Backend+engineer&level=senior&company=google&format=mixed",
    );
    expect(practiceHref({ position: "QA & test", level: null, companySlug: null })).toBe(
      "/ai-interview?role=QA+%26+test&format=mixed",
    );
  });
});
