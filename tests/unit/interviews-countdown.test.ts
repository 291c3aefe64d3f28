import { describe, expect, it } from "vitest";
import { describeCountdown, type OffsetAt } from "@/lib/interviews/countdown";
import { pageWindow } from "@/lib/interviews/page-window";
import { questionTypeOf } from "@/lib/interviews/question-type";

const now = new Date("2026-03-10T09:00:00Z");
const at = (iso: string) => new Date(iso);

describe("describeCountdown", () => {
  it.each([
    ["2026-03-10T09:00:20Z", "starting now"],
    ["2026-03-10T09:01:00Z", "in 1 minute"],
    ["2026-03-10T09:45:00Z", "in 45 minutes"],
    ["2026-03-10T14:00:00Z", "today at 14:00"],
    ["2026-03-11T02:00:00Z", "in 17 hours"],
    ["2026-03-11T10:30:00Z", "tomorrow at 10:30"],
    ["2026-03-13T14:00:00Z", "in 3 days"],
    ["2026-03-13T08:00:00Z", "in 3 days"],
    ["2026-04-10T09:00:00Z", "in 31 days"],
  ])("at %s says %s (UTC)", (target, expected) => {
    expect(describeCountdown(at(target), now)).toBe(expected);
  });

  it("is null once the interview has started", () => {
    expect(describeCountdown(at("2026-03-10T08:59:00Z"), now)).toBeNull();
  });

  it("reads 'today' and the time on the reader's own clock", () => {
    // 20:00 UTC is already tomorrow 01:30 in India (UTC+5:30)...
    const india: OffsetAt = () => -330;
    expect(describeCountdown(at("2026-03-10T20:00:00Z"), now, india)).toBe("in 11 hours");
    // ...and 10:00 UTC is today 15:30 there.
    expect(describeCountdown(at("2026-03-10T10:00:00Z"), now, india)).toBe("today at 15:30");
    // In New York (UTC-4 in March) 02:00 UTC tomorrow is still today, 22:00.
    const newYork: OffsetAt = () => 240;
    expect(describeCountdown(at("2026-03-11T02:00:00Z"), now, newYork)).toBe("today at 22:00");
  });

  it("counts calendar days across a summer-time change", () => {
    // A zone that moves from UTC+1 to UTC+2 on 29 March.
    const europe: OffsetAt = (instant) => (instant.getTime() >= Date.parse("2026-03-29T01:00:00Z") ? -120 : -60);
    expect(describeCountdown(at("2026-03-30T07:00:00Z"), at("2026-03-27T08:00:00Z"), europe)).toBe("in 3 days");
    expect(describeCountdown(at("2026-03-29T22:30:00Z"), at("2026-03-28T23:30:00Z"), europe)).toBe("in 23 hours");
  });
});

describe("pageWindow", () => {
  it("shows every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("shows the ends and the neighbours of the current page, with gaps", () => {
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });
});

describe("questionTypeOf", () => {
  it("keeps a stated type", () => {
    expect(questionTypeOf("Tell me about a time you failed", "technical")).toBe("technical");
  });

  it("guesses from the wording when no type was given", () => {
    expect(questionTypeOf("Tell me about a time you disagreed with your manager")).toBe("behavioral");
    expect(questionTypeOf("Design a URL shortener for 100M users")).toBe("system_design");
    expect(questionTypeOf("What is the difference between a process and a thread?")).toBe("technical");
  });
});
