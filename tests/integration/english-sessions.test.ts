import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitGrammarSession, submitSpeakingSession, submitVocabularySession } from "@/lib/english/service";
import { getEnglishSession, getProgress, listRecentSessions, topImprovementAreas } from "@/lib/english/queries";
import { SessionResultsSchema } from "@/lib/english/schema";
import { InvalidInputError } from "@/lib/errors";
import { createUser } from "../factories";

const day = (n: number) => new Date(Date.UTC(2031, 0, n, 12));

async function row(id: string) {
  return db().englishBoosterSession.findUniqueOrThrow({ where: { id } });
}

describe("grammar sessions", () => {
  it("checks each correction with harper and stores the verdicts, score and areas", async () => {
    const user = await createUser();
    const { id, score } = await submitGrammarSession(
      user.id,
      {
        source: "bank",
        items: [
          { exerciseId: "agr-has", answer: "I have three years of experience with Java." },
          { exerciseId: "gr-gave", answer: "  My lead has given me   more ownership. " },
          { exerciseId: "agr-work", answer: "He is working on the billing team." },
          { exerciseId: "rep-the", answer: "The the deadline moved twice." },
          { exerciseId: "art-mba", answer: "I like cats." },
          { exerciseId: "spl-received", answer: "   " },
        ],
        durationSeconds: 150,
      },
      day(1),
    );
    expect(score).toBe(50);
    const stored = await row(id);
    expect(stored).toMatchObject({
      userId: user.id,
      sessionType: "grammar",
      score: 50,
      exercisesCompleted: 5,
      completed: false,
      durationMinutes: 3,
    });
    expect(stored.createdAt).toEqual(day(1));
    expect(stored.improvementAreas).toEqual(["Repeated word", "Articles and usage", "Spelling"]);
    const results = SessionResultsSchema.parse(stored.results);
    if (results.kind !== "grammar") throw new Error("expected grammar results");
    expect(results.items.map((item) => item.verdict)).toEqual([
      "exact",
      "exact",
      "accepted",
      "wrong",
      "wrong",
      "skipped",
    ]);
    // The unchanged sentence still has its problem, as harper reports it.
    expect(results.items[3]?.remaining).toEqual([expect.objectContaining({ text: "The the", category: "repetition" })]);
    expect(results.items[4]?.remaining).toEqual([]);
    expect(results.items[3]?.expected).toBe("The deadline moved twice.");
  });

  it("refuses unknown and repeated exercises and stores nothing", async () => {
    const user = await createUser();
    await expect(
      submitGrammarSession(user.id, { source: "bank", items: [{ exerciseId: "nope", answer: "x" }] }, day(1)),
    ).rejects.toBeInstanceOf(InvalidInputError);
    const twice = [
      { exerciseId: "agr-has", answer: "I have three years of experience with Java." },
      { exerciseId: "agr-has", answer: "I have three years of experience with Java." },
    ];
    await expect(submitGrammarSession(user.id, { source: "bank", items: twice }, day(1))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await db().englishBoosterSession.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("vocabulary and speaking sessions", () => {
  it("scores verb choices against the pair's strong verbs", async () => {
    const user = await createUser();
    const { id, score } = await submitVocabularySession(
      user.id,
      {
        items: [
          { pairId: "responsible-for", chosen: "owned" },
          { pairId: "did", chosen: "migrated" },
        ],
        durationSeconds: 40,
      },
      day(2),
    );
    expect(score).toBe(50);
    const stored = await row(id);
    expect(stored).toMatchObject({
      sessionType: "vocabulary",
      exercisesCompleted: 2,
      completed: true,
      durationMinutes: 1,
    });
    expect(stored.improvementAreas).toEqual(["Instead of “did”: delivered"]);
    expect(SessionResultsSchema.parse(stored.results)).toMatchObject({
      kind: "vocabulary",
      items: [{ correct: true }, { correct: false, chosen: "migrated" }],
    });
    await expect(
      submitVocabularySession(user.id, { items: [{ pairId: "zzz", chosen: "led" }] }, day(2)),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("stores a speaking drill with its metrics and says pauses were not measured when typed", async () => {
    const user = await createUser();
    const transcript =
      "Um, my greatest strength is, like, staying calm. I basically fixed a failing release in an hour, and I think the team trusted me more after that.";
    const { id } = await submitSpeakingSession(
      user.id,
      { drillId: "prompt-strength", input: "typed", transcript, durationSeconds: 12 },
      day(3),
    );
    const session = await getEnglishSession(user.id, id);
    expect(session?.sessionType).toBe("speaking");
    const results = session?.results;
    if (results?.kind !== "speaking") throw new Error("expected speaking results");
    expect(results).toMatchObject({
      wordCount: 27,
      wordsPerMinute: 135,
      fillerCount: 3,
      hedgeCount: 1,
      pauses: null,
      input: "typed",
    });
    expect(session?.improvementAreas).toContain("Filler words");

    const spoken = await submitSpeakingSession(
      user.id,
      {
        drillId: "passage-intro",
        input: "speech",
        transcript: "Thank you for having me.",
        durationSeconds: 6,
        pauseGaps: [3.2, 1.1],
      },
      day(3),
    );
    const stored = SessionResultsSchema.parse((await row(spoken.id)).results);
    expect(stored).toMatchObject({ kind: "speaking", pauses: { count: 1, longestSeconds: 3.2 } });
    await expect(
      submitSpeakingSession(user.id, { drillId: "nope", input: "typed", transcript: "x", durationSeconds: 6 }, day(3)),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("progress and ownership", () => {
  it("averages per type, keeps the latest scores in order and counts improvement areas", async () => {
    const user = await createUser();
    const perfect = [{ exerciseId: "agr-has", answer: "I have three years of experience with Java." }];
    const wrong = [{ exerciseId: "agr-has", answer: "I has three years of experience with Java." }];
    await submitGrammarSession(user.id, { source: "bank", items: wrong }, day(1));
    await submitGrammarSession(user.id, { source: "bank", items: perfect }, day(3));
    await submitGrammarSession(
      user.id,
      { source: "bank", items: [...perfect, { exerciseId: "rep-in", answer: "" }] },
      day(2),
    );
    await submitVocabularySession(user.id, { items: [{ pairId: "helped", chosen: "mentored" }] }, day(4));

    expect(await getProgress(user.id)).toEqual([
      { type: "grammar", sessions: 3, average: 50, best: 100, recent: [0, 50, 100] },
      { type: "vocabulary", sessions: 1, average: 100, best: 100, recent: [100] },
    ]);
    const recent = await listRecentSessions(user.id);
    expect(recent.map((s) => s.sessionType)).toEqual(["vocabulary", "grammar", "grammar", "grammar"]);
    expect(recent.map((s) => s.score)).toEqual([100, 100, 50, 0]);
    expect(await topImprovementAreas(user.id)).toEqual([
      { area: "Agreement", count: 1 },
      { area: "Repeated word", count: 1 },
    ]);
  });

  it("never shows one user's sessions to another", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { id } = await submitVocabularySession(
      owner.id,
      { items: [{ pairId: "helped", chosen: "mentored" }] },
      day(5),
    );
    expect(await getEnglishSession(other.id, id)).toBeNull();
    expect(await getEnglishSession(owner.id, id)).not.toBeNull();
    expect(await listRecentSessions(other.id)).toEqual([]);
    expect(await getProgress(other.id)).toEqual([]);
    expect(await topImprovementAreas(other.id)).toEqual([]);
  });
});
