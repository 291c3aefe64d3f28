import { describe, expect, it } from "vitest";
import { parseAnalyticsSearch } from "@/lib/analytics/schema";
import { bucketFor, isCalendarDay } from "@/lib/analytics/types";
import { currentStreak, longestStreak } from "@/lib/analytics/streak";
import { dayIn, validTimeZone } from "@/lib/analytics/time-zone";

const TODAY = "2026-06-15";

describe("parseAnalyticsSearch", () => {
  it("defaults to the 90 days up to today and every type", () => {
    expect(parseAnalyticsSearch({}, TODAY)).toEqual({ ok: true, range: { from: "2026-03-18", to: TODAY, types: undefined } });
    expect(parseAnalyticsSearch({ from: "", to: "" }, TODAY)).toMatchObject({ ok: true, range: { from: "2026-03-18", to: TODAY } });
  });

  it("takes one or many types, once each", () => {
    expect(parseAnalyticsSearch({ type: "dsa" }, TODAY)).toMatchObject({ ok: true, range: { types: ["dsa"] } });
    expect(parseAnalyticsSearch({ type: ["english", "dsa", "english"] }, TODAY)).toMatchObject({ ok: true, range: { types: ["english", "dsa"] } });
  });

  it("explains each bad filter", () => {
    expect(parseAnalyticsSearch({ type: ["dsa", "poker"] }, TODAY)).toEqual({ ok: false, errors: { type: ["Choose practice types from the list"] } });
    expect(parseAnalyticsSearch({ from: "2026-02-30" }, TODAY)).toEqual({ ok: false, errors: { from: ["Use a real date like 2026-01-31"] } });
    expect(parseAnalyticsSearch({ from: "2026-06-10", to: "2026-06-01" }, TODAY)).toEqual({
      ok: false,
      errors: { from: ["The start date must be on or before the end date"] },
    });
    expect(parseAnalyticsSearch({ from: "2020-01-01" }, TODAY)).toMatchObject({ ok: false, errors: { to: [expect.stringContaining("at most 731 days")] } });
  });

  it("a start date after today moves the default end with it", () => {
    expect(parseAnalyticsSearch({ from: "2026-07-01" }, TODAY)).toMatchObject({ ok: true, range: { from: "2026-07-01", to: "2026-07-01" } });
  });
});

describe("day helpers", () => {
  it("accepts only real calendar days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-6-1")).toBe(false);
  });

  it("buckets by day up to 62 days, by week up to a year, then by month", () => {
    expect(bucketFor("2026-01-01", "2026-03-03")).toBe("day");
    expect(bucketFor("2026-01-01", "2026-03-04")).toBe("week");
    expect(bucketFor("2026-01-01", "2027-01-01")).toBe("week");
    expect(bucketFor("2026-01-01", "2027-01-02")).toBe("month");
  });

  it("counts streaks", () => {
    expect(longestStreak([])).toBe(0);
    expect(longestStreak(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-03"])).toBe(3);
    expect(currentStreak({ lastDay: TODAY, length: 3 }, TODAY)).toBe(3);
    expect(currentStreak({ lastDay: "2026-06-14", length: 3 }, TODAY)).toBe(3);
    expect(currentStreak({ lastDay: "2026-06-13", length: 3 }, TODAY)).toBe(0);
    expect(currentStreak({ lastDay: null, length: 0 }, TODAY)).toBe(0);
  });

  it("validates time zones and finds the local day", () => {
    expect(validTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(validTimeZone("Mars/Olympus")).toBe("UTC");
    expect(validTimeZone("'; DROP TABLE user; --")).toBe("UTC");
    expect(validTimeZone(undefined)).toBe("UTC");
    expect(dayIn("America/New_York", new Date("2026-06-15T02:00:00Z"))).toBe("2026-06-14");
    expect(dayIn("Asia/Tokyo", new Date("2026-06-15T20:00:00Z"))).toBe("2026-06-16");
  });
});
