import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, pool } from "@/lib/db";
import { getAnalytics } from "@/lib/analytics/queries";
import { createSession, createUser } from "../factories";

const NOW = new Date("2026-06-15T12:00:00Z");
const at = (iso: string) => new Date(iso);

type Honesty = { verdict: "on-topic" | "partly" | "off-topic"; coherence: number; checked: boolean; wrong: number };

function metrics(input: { star: boolean; concrete: number; coverage: number | null; fillerRate: number; hedges: number; words: number; honesty?: Honesty }) {
  const h = input.honesty;
  return {
    ...(h
      ? {
          relevance: { score: h.verdict === "on-topic" ? 0.8 : 0.1, verdict: h.verdict, reason: "r" },
          coherence: { score: h.coherence, issue: null },
          claims: {
            status: h.checked ? "checked" : "not-checked",
            topics: [],
            checked: [],
            contradicted: Array.from({ length: h.wrong }, () => ({ text: "t", quote: "q", correction: "c" })),
          },
        }
      : {}),
    wordCount: input.words,
    sentenceCount: 5,
    durationSeconds: null,
    wordsPerMinute: null,
    fillers: [],
    fillerCount: Math.round((input.fillerRate * input.words) / 100),
    fillerRate: input.fillerRate,
    hedges: [],
    hedgeCount: input.hedges,
    star: { situation: input.star, task: input.star, action: input.star, result: input.star, evidence: {} },
    numbers: [],
    concreteResults: input.concrete,
    talkingPoints: { covered: [], missed: [], coverage: input.coverage },
  };
}

let easySlug = "";
let mediumSlug = "";

beforeAll(async () => {
  const easy = await db().dsaProblem.findFirstOrThrow({ where: { difficulty: "easy" }, select: { slug: true } });
  const medium = await db().dsaProblem.findFirstOrThrow({ where: { difficulty: "medium" }, select: { slug: true } });
  easySlug = easy.slug;
  mediumSlug = medium.slug;
});

/** The practice history every assertion below is worked out from by hand. */
async function seedHistory(userId: string) {
  const ai = await createSession(userId, { role: "Dev", createdAt: at("2026-06-13T08:00:00Z") });
  const old = await createSession(userId, { role: "Dev", createdAt: at("2026-01-05T08:00:00Z") });
  const avatar = await createSession(userId, { kind: "avatar", role: "Dev", createdAt: at("2026-06-10T09:00:00Z"), recording: { postureScore: 70, engagementScore: 80 } });
  await createSession(userId, { kind: "avatar", role: "Dev", createdAt: at("2026-06-10T15:00:00Z"), recording: { postureScore: 50 } });
  await createSession(userId, { kind: "avatar", role: "Dev", createdAt: at("2026-06-11T15:00:00Z") });
  const base = { userId, talkingPoints: [] };
  await db().sessionAnswer.createMany({
    data: [
      {
        ...base,
        sessionId: ai.id,
        position: 1,
        questionText: "Conflict",
        questionType: "behavioral",
        answerText: "A",
        answeredAt: at("2026-06-14T10:00:00Z"),
        score: 8,
        metrics: metrics({ star: true, concrete: 2, coverage: 0.5, fillerRate: 1, hedges: 0, words: 100, honesty: { verdict: "on-topic", coherence: 0.9, checked: false, wrong: 0 } }),
        createdAt: at("2026-06-13T08:00:00Z"),
      },
      {
        ...base,
        sessionId: ai.id,
        position: 2,
        questionText: "Indexes",
        questionType: "technical",
        answerText: "B",
        answeredAt: at("2026-06-15T09:00:00Z"),
        score: 6,
        metrics: metrics({ star: false, concrete: 0, coverage: 1, fillerRate: 3, hedges: 3, words: 100, honesty: { verdict: "partly", coherence: 0.4, checked: true, wrong: 1 } }),
        createdAt: at("2026-06-13T08:00:00Z"),
      },
      // Answered but not evaluated yet: activity, no score.
      { ...base, sessionId: ai.id, position: 3, questionText: "Caching", questionType: "technical", answerText: "C", answeredAt: at("2026-06-13T11:00:00Z"), createdAt: at("2026-06-13T08:00:00Z") },
      // Asked, never answered: not practice.
      { ...base, sessionId: ai.id, position: 4, questionText: "Queues", questionType: "technical", createdAt: at("2026-06-13T08:00:00Z") },
      { ...base, sessionId: old.id, position: 1, questionText: "Old", questionType: "behavioral", answerText: "D", answeredAt: at("2026-01-05T09:00:00Z"), score: 10, createdAt: at("2026-01-05T08:00:00Z") },
      { ...base, sessionId: avatar.id, position: 1, questionText: "Design", questionType: "system_design", answerText: "E", answeredAt: at("2026-06-10T09:30:00Z"), score: 4, createdAt: at("2026-06-10T09:00:00Z") },
    ],
  });
  await db().englishBoosterSession.createMany({
    data: [
      { userId, sessionType: "grammar", score: 90, exercisesCompleted: 5, completed: true, createdAt: at("2026-06-15T08:00:00Z") },
      { userId, sessionType: "vocabulary", score: 70, exercisesCompleted: 5, completed: true, createdAt: at("2026-06-01T08:00:00Z") },
    ],
  });
  await db().dsaPracticeSession.createMany({
    data: [
      { userId, problemSlug: mediumSlug, problemTitle: "Medium", solved: false, createdAt: at("2026-06-12T08:00:00Z") },
      { userId, problemSlug: mediumSlug, problemTitle: "Medium", solved: true, createdAt: at("2026-06-13T08:00:00Z") },
      { userId, problemSlug: easySlug, problemTitle: "Easy", solved: true, createdAt: at("2026-06-13T09:00:00Z") },
    ],
  });
  await db().interview.createMany({
    data: [
      { userId, company: "A", position: "Dev", date: at("2026-07-01T09:00:00Z") },
      { userId, company: "B", position: "Dev", date: at("2026-07-02T09:00:00Z") },
      { userId, company: "C", position: "Dev", date: at("2026-05-01T09:00:00Z"), status: "offer" },
      { userId, company: "D", position: "Dev", date: at("2026-05-02T09:00:00Z"), status: "rejected" },
    ],
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("getAnalytics", () => {
  it("aggregates one user's practice by type, question type, skill, day, status and difficulty", async () => {
    const me = await createUser();
    const other = await createUser();
    await seedHistory(me.id);
    await seedHistory(other.id); // the same history again must not double anything

    const data = await getAnalytics(me.id, {}, { now: NOW });

    expect(data.range).toEqual({
      from: "2026-03-18",
      to: "2026-06-15",
      timeZone: "UTC",
      bucket: "week",
      types: ["ai_interview", "avatar_interview", "english", "dsa"],
      today: "2026-06-15",
    });
    expect(data.byType).toEqual([
      { type: "ai_interview", count: 3, scored: 2, average: 70 },
      { type: "avatar_interview", count: 1, scored: 1, average: 40 },
      { type: "english", count: 2, scored: 2, average: 80 },
      { type: "dsa", count: 3, scored: 3, average: 66.7 },
    ]);
    expect(data.scoreOverTime).toEqual([
      { bucket: "2026-06-01", type: "english", score: 70, count: 1 },
      { bucket: "2026-06-08", type: "ai_interview", score: 80, count: 1 },
      { bucket: "2026-06-08", type: "avatar_interview", score: 40, count: 1 },
      { bucket: "2026-06-08", type: "dsa", score: 66.7, count: 3 },
      { bucket: "2026-06-15", type: "ai_interview", score: 60, count: 1 },
      { bucket: "2026-06-15", type: "english", score: 90, count: 1 },
    ]);
    expect(data.byQuestionType).toEqual([
      { questionType: "behavioral", average: 8, count: 1 },
      { questionType: "system_design", average: 4, count: 1 },
      { questionType: "technical", average: 6, count: 1 },
    ]);
    expect(data.skills).toEqual([
      { skill: "relevance", value: 50, answers: 2 },
      { skill: "coherence", value: 50, answers: 2 },
      { skill: "accuracy", value: 0, answers: 1 },
      { skill: "star", value: 100, answers: 1 },
      { skill: "results", value: 50, answers: 2 },
      { skill: "coverage", value: 75, answers: 2 },
      { skill: "fillers", value: 50, answers: 2 },
      { skill: "hedges", value: 50, answers: 2 },
    ]);
    expect(data.activity).toEqual({
      days: [
        { day: "2026-06-01", count: 1 },
        { day: "2026-06-10", count: 1 },
        { day: "2026-06-12", count: 1 },
        { day: "2026-06-13", count: 3 },
        { day: "2026-06-14", count: 1 },
        { day: "2026-06-15", count: 2 },
      ],
      currentStreak: 4,
      longestStreak: 4,
      lastPracticeDay: "2026-06-15",
    });
    expect(data.pipeline).toEqual([
      { status: "upcoming", count: 2 },
      { status: "completed", count: 0 },
      { status: "offer", count: 1 },
      { status: "rejected", count: 1 },
      { status: "withdrawn", count: 0 },
    ]);
    expect(data.dsa).toEqual([
      { difficulty: "easy", attempted: 1, solved: 1 },
      { difficulty: "medium", attempted: 1, solved: 1 },
    ]);
    expect(data.presence).toEqual([{ bucket: "2026-06-08", posture: 60, engagement: 80, sessions: 2 }]);
  });

  it("filters by practice type and by date range", async () => {
    const me = await createUser();
    await seedHistory(me.id);

    const english = await getAnalytics(me.id, { types: ["english"] }, { now: NOW });
    expect(english.byType).toEqual([{ type: "english", count: 2, scored: 2, average: 80 }]);
    expect(english.activity.days).toEqual([
      { day: "2026-06-01", count: 1 },
      { day: "2026-06-15", count: 1 },
    ]);
    expect(english.activity.currentStreak).toBe(1);
    expect(english.byQuestionType).toEqual([]);
    expect(english.skills.every((s) => s.value === null && s.answers === 0)).toBe(true);
    expect(english.dsa).toEqual([]);
    expect(english.presence).toEqual([]);
    // The pipeline is a current state, not practice: filters leave it alone.
    expect(english.pipeline.find((p) => p.status === "upcoming")?.count).toBe(2);

    const twoDays = await getAnalytics(me.id, { from: at("2026-06-13"), to: at("2026-06-14") }, { now: NOW });
    expect(twoDays.range.bucket).toBe("day");
    expect(twoDays.byType).toEqual([
      { type: "ai_interview", count: 2, scored: 1, average: 80 },
      { type: "avatar_interview", count: 0, scored: 0, average: null },
      { type: "english", count: 0, scored: 0, average: null },
      { type: "dsa", count: 2, scored: 2, average: 100 },
    ]);
    expect(twoDays.activity.days).toEqual([
      { day: "2026-06-13", count: 3 },
      { day: "2026-06-14", count: 1 },
    ]);
    // The current streak is about today, whatever range is shown.
    expect(twoDays.activity.currentStreak).toBe(4);
    expect(twoDays.activity.longestStreak).toBe(2);

    // A range whose first day is inside the current run: the days before it still count.
    const lastThreeDays = await getAnalytics(me.id, { from: at("2026-06-13") }, { now: NOW });
    expect(lastThreeDays.activity.days.map((d) => d.day)).toEqual(["2026-06-13", "2026-06-14", "2026-06-15"]);
    expect(lastThreeDays.activity.currentStreak).toBe(4);

    const sinceJanuary = await getAnalytics(me.id, { from: at("2026-01-01"), types: ["ai_interview"] }, { now: NOW });
    expect(sinceJanuary.byType).toEqual([{ type: "ai_interview", count: 4, scored: 3, average: 80 }]);
    expect(sinceJanuary.range.bucket).toBe("week");
    expect(sinceJanuary.scoreOverTime[0]).toEqual({ bucket: "2026-01-05", type: "ai_interview", score: 100, count: 1 });
  });

  it("counts days in the user's time zone", async () => {
    const me = await createUser();
    await db().englishBoosterSession.createMany({
      data: [
        { userId: me.id, sessionType: "grammar", score: 50, createdAt: at("2026-06-15T02:00:00Z") }, // 14 June, 22:00 in New York
        { userId: me.id, sessionType: "grammar", score: 50, createdAt: at("2026-06-13T23:30:00Z") }, // 13 June, 19:30 in New York
      ],
    });
    const utc = await getAnalytics(me.id, {}, { now: NOW });
    expect(utc.activity.days.map((d) => d.day)).toEqual(["2026-06-13", "2026-06-15"]);
    expect(utc.activity.currentStreak).toBe(1);
    const newYork = await getAnalytics(me.id, {}, { now: NOW, timeZone: "America/New_York" });
    expect(newYork.range.timeZone).toBe("America/New_York");
    expect(newYork.activity.days.map((d) => d.day)).toEqual(["2026-06-13", "2026-06-14"]);
    expect(newYork.activity.currentStreak).toBe(2);
    // A range's edges are local midnights: 14 June in New York ends at 04:00 UTC on the 15th.
    const onlyFourteenth = await getAnalytics(me.id, { from: at("2026-06-14"), to: at("2026-06-14") }, { now: NOW, timeZone: "America/New_York" });
    expect(onlyFourteenth.byType.find((t) => t.type === "english")?.count).toBe(1);
    // An unknown zone falls back to UTC instead of reaching SQL.
    expect((await getAnalytics(me.id, {}, { now: NOW, timeZone: "Mars/Olympus" })).range.timeZone).toBe("UTC");
  });

  it("returns empty aggregates for a user with no history", async () => {
    const me = await createUser();
    const data = await getAnalytics(me.id, {}, { now: NOW });
    expect(data.byType.every((t) => t.count === 0 && t.average === null)).toBe(true);
    expect(data.scoreOverTime).toEqual([]);
    expect(data.activity).toEqual({ days: [], currentStreak: 0, longestStreak: 0, lastPracticeDay: null });
    expect(data.pipeline.every((p) => p.count === 0)).toBe(true);
    expect(data.dsa).toEqual([]);
    expect(data.presence).toEqual([]);
  });

  it("runs a fixed number of queries whatever the history size", async () => {
    const me = await createUser();
    await seedHistory(me.id);
    await getAnalytics(me.id, {}, { now: NOW }); // warm the pool

    const countQueries = async () => {
      const spy = vi.spyOn(pool(), "query");
      await getAnalytics(me.id, {}, { now: NOW });
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return calls;
    };
    const small = await countQueries();

    const session = await db().interviewSession.create({ data: { userId: me.id, kind: "text", role: "Dev" }, select: { id: true } });
    await db().sessionAnswer.createMany({
      data: Array.from({ length: 1_500 }, (_, i) => ({
        userId: me.id,
        sessionId: session.id,
        position: i + 1,
        questionText: "Q",
        questionType: "technical" as const,
        answerText: "A",
        score: 1 + (i % 10),
        answeredAt: new Date(NOW.getTime() - (i % 80) * 86_400_000),
        createdAt: new Date(NOW.getTime() - (i % 80) * 86_400_000),
        metrics: metrics({ star: i % 2 === 0, concrete: i % 3, coverage: 0.5, fillerRate: i % 4, hedges: 0, words: 80 }),
      })),
    });
    await db().englishBoosterSession.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({ userId: me.id, score: 50, createdAt: new Date(NOW.getTime() - i * 3_600_000) })),
    });
    const large = await countQueries();
    const data = await getAnalytics(me.id, {}, { now: NOW });

    expect(small).toBe(1);
    expect(large).toBe(small);
    expect(data.byType.find((t) => t.type === "ai_interview")?.count).toBe(1_503);
    expect(data.activity.currentStreak).toBe(80);
  });
});
