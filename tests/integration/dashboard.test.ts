import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboardSummary } from "@/lib/dashboard/queries";
import { createUser } from "../factories";

describe("getDashboardSummary", () => {
  it("counts only the given user's rows", async () => {
    const me = await createUser();
    const other = await createUser();
    const tomorrow = new Date(Date.now() + 86_400_000);
    await db().interview.createMany({
      data: [
        { userId: me.id, company: "Acme", position: "Dev", date: tomorrow },
        { userId: me.id, company: "Past", position: "Dev", date: new Date(Date.now() - 86_400_000) },
        { userId: other.id, company: "Other", position: "Dev", date: tomorrow },
      ],
    });
    const session = await db().interviewSession.create({ data: { userId: me.id, kind: "text", role: "Dev" }, select: { id: true } });
    await db().sessionAnswer.createMany({
      data: [
        { userId: me.id, sessionId: session.id, position: 1, questionText: "Q1", questionType: "technical", answerText: "A", score: 6 },
        { userId: me.id, sessionId: session.id, position: 2, questionText: "Q2", questionType: "technical", answerText: "B", score: 9 },
        { userId: me.id, sessionId: session.id, position: 3, questionText: "Q3", questionType: "technical" },
      ],
    });
    const summary = await getDashboardSummary(me.id);
    expect(summary).toMatchObject({ upcomingInterviews: 1, aiSessions: 1, answers: 2, averageScore: 7.5, dsaSolved: 0 });
    const theirs = await getDashboardSummary(other.id);
    expect(theirs).toMatchObject({ upcomingInterviews: 1, aiSessions: 0, answers: 0, averageScore: null });
  });
});

describe("getDashboard", () => {
  it("adds the next interviews, DSA reviews due today and company-prep progress", async () => {
    const { getDashboard } = await import("@/lib/dashboard/queries");
    const { setTopic } = await import("@/lib/company-prep/service");
    const me = await createUser();
    const now = new Date("2026-06-10T09:00:00Z");
    await db().interview.createMany({
      data: [1, 2, 3, 4].map((day) => ({ userId: me.id, company: `Co ${day}`, position: "Dev", date: new Date(now.getTime() + day * 86_400_000) })),
    });
    await db().dsaReviewCard.createMany({
      data: ["two-sum", "valid-parentheses"].map((slug, index) => ({
        userId: me.id,
        problemSlug: slug,
        due: new Date(now.getTime() + index * 3 * 86_400_000),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
      })),
    });
    const company = await db().companyProfile.findFirstOrThrow({ select: { slug: true, prepTopics: true } });
    const topic = (company.prepTopics as { behavioral: string[] }).behavioral[0]!;
    await setTopic(me.id, { slug: company.slug, prepType: "behavioral", topic, checked: true }, now);

    const dashboard = await getDashboard(me.id, now);
    expect(dashboard.upcoming.map((i) => i.company)).toEqual(["Co 1", "Co 2", "Co 3"]);
    expect(dashboard.summary.dsaDueToday).toBe(1);
    expect(dashboard.summary.upcomingInterviews).toBe(4);
    expect(dashboard.companyPrep).toHaveLength(1);
    expect(dashboard.companyPrep[0]!.progress).toBeGreaterThan(0);
  });
});

describe("getDashboard query count", () => {
  it("stays the same whatever the history size, and includes the chart row's analytics", async () => {
    const { vi } = await import("vitest");
    const { pool } = await import("@/lib/db");
    const { getDashboard } = await import("@/lib/dashboard/queries");
    const me = await createUser();
    const now = new Date("2026-06-10T09:00:00Z");
    const count = async () => {
      const spy = vi.spyOn(pool(), "query");
      const dashboard = await getDashboard(me.id, now);
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return { calls, dashboard };
    };
    await getDashboard(me.id, now); // warm the pool
    const empty = await count();
    const session = await db().interviewSession.create({ data: { userId: me.id, kind: "text", role: "Dev" }, select: { id: true } });
    await db().sessionAnswer.createMany({
      data: Array.from({ length: 1_000 }, (_, i) => ({
        userId: me.id,
        sessionId: session.id,
        position: i + 1,
        questionText: "Q",
        questionType: "behavioral" as const,
        answerText: "A",
        score: 7,
        answeredAt: new Date(now.getTime() - (i % 30) * 86_400_000),
        createdAt: new Date(now.getTime() - (i % 30) * 86_400_000),
      })),
    });
    const full = await count();
    expect(empty.calls).toBe(4);
    expect(full.calls).toBe(empty.calls);
    expect(full.dashboard.analytics.byType.find((t) => t.type === "ai_interview")).toMatchObject({ count: 1_000, average: 70 });
    expect(full.dashboard.analytics.activity.currentStreak).toBe(30);
  });
});
