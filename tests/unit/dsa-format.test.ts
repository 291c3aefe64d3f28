import { describe, expect, it } from "vitest";
import { daysBetween, formatDay, relativeDay } from "@/lib/dsa/format";

const at = new Date(2032, 1, 10, 23, 30); // local time: late on 10 Feb 2032

describe("DSA date wording", () => {
  it("counts calendar days, not 24-hour periods", () => {
    expect(daysBetween(at, new Date(2032, 1, 11, 0, 15))).toBe(1);
    expect(daysBetween(at, new Date(2032, 1, 10, 0, 0))).toBe(0);
    expect(daysBetween(at, new Date(2032, 1, 7, 23, 59))).toBe(-3);
  });

  it("says today, tomorrow, in N days or N days ago", () => {
    expect(relativeDay(at, new Date(2032, 1, 10, 8))).toBe("today");
    expect(relativeDay(at, new Date(2032, 1, 11, 8))).toBe("tomorrow");
    expect(relativeDay(at, new Date(2032, 1, 9, 8))).toBe("yesterday");
    expect(relativeDay(at, new Date(2032, 1, 13, 8))).toBe("in 3 days");
    expect(relativeDay(at, new Date(2032, 1, 5, 8))).toBe("5 days ago");
  });

  it("formats a day with its weekday", () => {
    expect(formatDay(new Date(2032, 1, 12, 9))).toBe("Thu, Feb 12, 2032");
  });
});
