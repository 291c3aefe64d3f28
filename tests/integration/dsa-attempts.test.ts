import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as schedule from "@/lib/dsa/schedule";
import { logAttempt } from "@/lib/dsa/service";
import { getCard, listAttempts } from "@/lib/dsa/queries";
import { LogAttemptSchema, type LogAttempt } from "@/lib/dsa/schema";
import { NotFoundError } from "@/lib/errors";
import { createUser } from "../factories";

const D = new Date("2031-03-10T09:00:00.000Z");
const DAY = 86_400_000;

const BASE = LogAttemptSchema.parse({
  slug: "two-sum",
  solved: "yes",
  attempts: "1",
  timeTaken: "20",
  solutionCode: "def two_sum(nums, target): ...",
  notes: "hash map of complements",
  rating: "good",
});

const attempt = (overrides: Partial<LogAttempt> = {}): LogAttempt => ({ ...BASE, ...overrides });

describe("logging a DSA attempt", () => {
  it("stores the attempt with its rating and creates the review card from ts-fsrs", async () => {
    const user = await createUser();
    const result = await logAttempt(user.id, attempt(), D);

    const rows = await db().dsaPracticeSession.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: result.attemptId,
      problemSlug: "two-sum",
      problemTitle: "Two Sum",
      problemCategory: "arrays",
      difficulty: "easy",
      solved: true,
      attempts: 1,
      timeTaken: 20,
      solutionCode: "def two_sum(nums, target): ...",
      notes: "hash map of complements",
      rating: 3,
      createdAt: D,
    });

    const card = await db().dsaReviewCard.findUniqueOrThrow({ where: { userId_problemSlug: { userId: user.id, problemSlug: "two-sum" } } });
    expect(card).toMatchObject(schedule.review(null, "good", D));
    expect(card.due).toEqual(result.due);
    expect(card.due.getTime()).toBeGreaterThan(D.getTime() + DAY);
    expect(card.reps).toBe(1);
  });

  it("updates the one card on a later attempt instead of adding another", async () => {
    const user = await createUser();
    const first = await logAttempt(user.id, attempt(), D);
    const second = await logAttempt(user.id, attempt({ rating: "again", solved: false }), first.due);

    expect(await db().dsaReviewCard.count({ where: { userId: user.id } })).toBe(1);
    const card = await getCard(user.id, "two-sum");
    expect(card).toMatchObject({ reps: 2, lapses: 1, lastReview: first.due, due: second.due });
    expect(second.due.getTime() - first.due.getTime()).toBeLessThan(first.due.getTime() - D.getTime());
    const history = await listAttempts(user.id, "two-sum");
    expect(history.map((row) => row.rating)).toEqual([1, 3]);
  });

  it("stores no attempt when the card cannot be written (one transaction)", async () => {
    const user = await createUser();
    const broken = { ...schedule.review(null, "good", D), due: new Date(Number.NaN) };
    const spy = vi.spyOn(schedule, "review").mockReturnValueOnce(broken);
    await expect(logAttempt(user.id, attempt(), D)).rejects.toThrow();
    spy.mockRestore();
    expect(await db().dsaPracticeSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().dsaReviewCard.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps the previous card and adds no attempt when an update fails", async () => {
    const user = await createUser();
    await logAttempt(user.id, attempt(), D);
    const before = await getCard(user.id, "two-sum");
    const spy = vi.spyOn(schedule, "review").mockReturnValueOnce({ ...before!, reps: 2 ** 40 });
    await expect(logAttempt(user.id, attempt({ rating: "easy" }), new Date(D.getTime() + 3 * DAY))).rejects.toThrow();
    spy.mockRestore();
    expect(await db().dsaPracticeSession.count({ where: { userId: user.id } })).toBe(1);
    expect(await getCard(user.id, "two-sum")).toEqual(before);
  });

  it("schedules attempts logged at the same moment one after the other", async () => {
    const user = await createUser();
    await Promise.all([logAttempt(user.id, attempt(), D), logAttempt(user.id, attempt(), D), logAttempt(user.id, attempt(), D)]);
    expect(await db().dsaPracticeSession.count({ where: { userId: user.id } })).toBe(3);
    const card = await getCard(user.id, "two-sum");
    expect(card?.reps).toBe(3);
  });

  it("refuses an unknown problem and stores nothing", async () => {
    const user = await createUser();
    await expect(logAttempt(user.id, attempt({ slug: "no-such-problem" }), D)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().dsaPracticeSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("never shows one user's attempts or card to another", async () => {
    const owner = await createUser();
    const other = await createUser();
    await logAttempt(owner.id, attempt({ notes: "owner's secret note" }), D);
    expect(await listAttempts(other.id, "two-sum")).toEqual([]);
    expect(await getCard(other.id, "two-sum")).toBeNull();

    await logAttempt(other.id, attempt({ rating: "easy" }), D);
    const ownerCard = await getCard(owner.id, "two-sum");
    expect(ownerCard?.reps).toBe(1);
    expect((await listAttempts(owner.id, "two-sum")).map((row) => row.notes)).toEqual(["owner's secret note"]);
  });
});
