import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { logAttempt } from "@/lib/dsa/service";
import { getStats, listDue, listProblems, nextDueAfterToday } from "@/lib/dsa/queries";
import { CatalogueFilterSchema, LogAttemptSchema, type LogAttempt } from "@/lib/dsa/schema";
import { endOfDay, startOfDay } from "@/lib/dsa/schedule";
import { createUser } from "../factories";

const D = new Date("2031-07-01T12:00:00.000Z");
const DAY = 86_400_000;
const BASE = LogAttemptSchema.parse({ slug: "two-sum", solved: "yes", attempts: "1", timeTaken: "20", solutionCode: "", notes: "", rating: "good" });
const attempt = (overrides: Partial<LogAttempt>): LogAttempt => ({ ...BASE, ...overrides });
const filter = (input: Record<string, string> = {}) => CatalogueFilterSchema.parse(input);

describe("the due queue", () => {
  it("holds nothing on the day of a Good review and the problem once its due day comes", async () => {
    const user = await createUser();
    const good = await logAttempt(user.id, attempt({ slug: "two-sum", rating: "good" }), D);
    const again = await logAttempt(user.id, attempt({ slug: "valid-parentheses", rating: "again", solved: false }), D);
    expect(again.due.getTime()).toBeLessThan(good.due.getTime());

    expect(await listDue(user.id, D)).toEqual([]);
    expect(await nextDueAfterToday(user.id, D)).toEqual(again.due);

    // Due any time on its day: the first minute of that day already counts, the last minute of the day before does not.
    expect(await listDue(user.id, new Date(endOfDay(new Date(again.due.getTime() - DAY)).getTime() - 60_000))).toEqual([]);
    const dayOfAgain = await listDue(user.id, new Date(startOfDay(again.due).getTime() + 60_000));
    expect(dayOfAgain.map((row) => row.slug)).toEqual(["valid-parentheses"]);
    expect(dayOfAgain[0]).toMatchObject({ title: "Valid Parentheses", due: again.due });

    // Later on, both are due, the most overdue first.
    const later = await listDue(user.id, good.due);
    expect(later.map((row) => row.slug)).toEqual(["valid-parentheses", "two-sum"]);
    expect(await nextDueAfterToday(user.id, new Date(good.due.getTime() + 30 * DAY))).toBeNull();
  });

  it("drops a problem from the queue once it is reviewed", async () => {
    const user = await createUser();
    const first = await logAttempt(user.id, attempt({ slug: "two-sum" }), D);
    expect((await listDue(user.id, first.due)).map((row) => row.slug)).toEqual(["two-sum"]);
    const second = await logAttempt(user.id, attempt({ slug: "two-sum", rating: "good" }), first.due);
    expect(await listDue(user.id, first.due)).toEqual([]);
    expect(await nextDueAfterToday(user.id, first.due)).toEqual(second.due);
  });

  it("shows only the user's own cards", async () => {
    const owner = await createUser();
    const other = await createUser();
    await logAttempt(owner.id, attempt({ rating: "again" }), D);
    expect(await listDue(other.id, new Date(D.getTime() + 10 * DAY))).toEqual([]);
    expect(await nextDueAfterToday(other.id, D)).toBeNull();
  });
});

describe("DSA stats", () => {
  it("counts distinct problems solved, attempts and average minutes per category and difficulty, in SQL", async () => {
    const user = await createUser();
    const other = await createUser();
    await logAttempt(user.id, attempt({ slug: "two-sum", solved: false, timeTaken: 40, rating: "again" }), D);
    await logAttempt(user.id, attempt({ slug: "two-sum", solved: true, timeTaken: 20 }), new Date(D.getTime() + DAY));
    await logAttempt(user.id, attempt({ slug: "two-sum", solved: true, timeTaken: 10, rating: "easy" }), new Date(D.getTime() + 5 * DAY));
    await logAttempt(user.id, attempt({ slug: "valid-parentheses", solved: true, timeTaken: 15 }), D);
    await logAttempt(other.id, attempt({ slug: "two-sum", solved: true, timeTaken: 999 }), D);

    const spy = vi.spyOn(db(), "$queryRaw");
    const stats = await getStats(user.id);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();

    const catalogue = await db().dsaProblem.groupBy({ by: ["category"], _count: { _all: true } });
    const arrays = stats.byCategory.find((row) => row.key === "arrays");
    expect(arrays).toEqual({
      key: "arrays",
      total: catalogue.find((row) => row.category === "arrays")!._count._all,
      solved: 1,
      attempts: 3,
      averageMinutes: 23,
    });
    expect(stats.byCategory.find((row) => row.key === "stack")).toMatchObject({ solved: 1, attempts: 1, averageMinutes: 15 });
    expect(stats.byCategory.find((row) => row.key === "graphs")).toMatchObject({ solved: 0, attempts: 0, averageMinutes: null });
    expect(stats.byCategory).toHaveLength(catalogue.length);

    expect(stats.byDifficulty.map((row) => row.key)).toEqual(["easy", "medium", "hard"]);
    expect(stats.byDifficulty[0]).toMatchObject({ solved: 2, attempts: 4, averageMinutes: 21 });
    expect(stats.byDifficulty.reduce((sum, row) => sum + row.total, 0)).toBe(await db().dsaProblem.count());

    const theirs = await getStats(other.id);
    expect(theirs.byDifficulty[0]).toMatchObject({ solved: 1, attempts: 1, averageMinutes: 999 });
  });

  it("is all zeros for a new user", async () => {
    const user = await createUser();
    const stats = await getStats(user.id);
    expect(stats.byCategory.every((row) => row.solved === 0 && row.attempts === 0 && row.averageMinutes === null)).toBe(true);
  });
});

describe("the catalogue", () => {
  it("pages through every seeded problem", async () => {
    const user = await createUser();
    const total = await db().dsaProblem.count();
    expect(total).toBe(241);
    const first = await listProblems(user.id, filter(), D);
    expect(first).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / 20) });
    expect(first.problems).toHaveLength(20);
    const last = await listProblems(user.id, filter({ page: "999" }), D);
    expect(last.page).toBe(last.pageCount);
    expect(last.problems).toHaveLength(total - 20 * (last.pageCount - 1));
  });

  it("searches titles case-insensitively and filters by category and difficulty", async () => {
    const user = await createUser();
    const search = await listProblems(user.id, filter({ q: "PARENTHESES" }), D);
    expect(search.problems.length).toBeGreaterThan(0);
    expect(search.problems.every((row) => row.title.toLowerCase().includes("parentheses"))).toBe(true);

    const hardGraphs = await listProblems(user.id, filter({ category: "graphs", difficulty: "hard" }), D);
    expect(hardGraphs.total).toBe(await db().dsaProblem.count({ where: { category: "graphs", difficulty: "hard" } }));
    expect(hardGraphs.problems.every((row) => row.category === "graphs" && row.difficulty === "hard")).toBe(true);
  });

  it("shows the user's status on each problem and filters by it, never another user's", async () => {
    const user = await createUser();
    const other = await createUser();
    const solved = await logAttempt(user.id, attempt({ slug: "two-sum", rating: "good" }), D);
    await logAttempt(user.id, attempt({ slug: "contains-duplicate", solved: false, rating: "again" }), D);
    await logAttempt(other.id, attempt({ slug: "best-time-to-buy-and-sell-stock" }), D);

    const arrays = await listProblems(user.id, filter({ category: "arrays" }), D);
    const bySlug = new Map(arrays.problems.map((row) => [row.slug, row]));
    expect(bySlug.get("two-sum")).toMatchObject({ solved: true, due: solved.due });
    expect(bySlug.get("best-time-to-buy-and-sell-stock")).toMatchObject({ solved: false, due: null });

    expect((await listProblems(user.id, filter({ status: "solved" }), D)).problems.map((row) => row.slug)).toEqual(["two-sum"]);
    const dueTomorrow = await listProblems(user.id, filter({ status: "due" }), new Date(D.getTime() + DAY));
    expect(dueTomorrow.problems.map((row) => row.slug)).toEqual(["contains-duplicate"]);
    const fresh = await listProblems(user.id, filter({ status: "new" }), D);
    expect(fresh.total).toBe(239);

    const theirs = await listProblems(other.id, filter({ status: "solved" }), D);
    expect(theirs.problems.map((row) => row.slug)).toEqual(["best-time-to-buy-and-sell-stock"]);
  });
});
