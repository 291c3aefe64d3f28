import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startSession, submitAnswer } from "@/lib/interview-session/service";
import { answerDrills, answerExercisesById } from "@/lib/english/answer-drills";
import { submitGrammarSession } from "@/lib/english/service";
import { SessionResultsSchema } from "@/lib/english/schema";
import { NotFoundError } from "@/lib/errors";
import { createUser } from "../factories";

const FIRST =
  "Um, in my last job I owned the orders API. We was short of time before the launch, so I recieved help from my manager. Basically I think it went well, and errors fell by 40%.";
const SECOND =
  "I has led a team of five, you know, and it was, like, a great experience. I think we shipped every release on time.";
const CLEAN = "I led the migration to the cloud and cut costs by 30 percent.";

/** A user with a two-question mock interview answered through the real AI-interview service. */
async function userWithAnswers(answers: string[]) {
  const user = await createUser();
  const { id } = await startSession(user.id, "text", {
    role: "Backend engineer",
    level: "mid",
    format: "behavioral",
    count: answers.length,
  });
  const rows = await db().sessionAnswer.findMany({
    where: { sessionId: id },
    orderBy: { position: "asc" },
    select: { id: true, questionText: true },
  });
  for (const [index, answer] of answers.entries()) {
    await submitAnswer(user.id, "text", { sessionId: id, answerId: rows[index]!.id, answer });
  }
  return { user, rows };
}

describe("drills from stored interview answers", () => {
  it("turns the user's flagged sentences into exercises with the question they answered", async () => {
    const { user, rows } = await userWithAnswers([FIRST, SECOND]);
    const drills = await answerDrills(user.id);
    expect(drills.answersChecked).toBe(2);
    const sentences = drills.exercises.map((e) => e.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        "We was short of time before the launch, so I recieved help from my manager.",
        "I has led a team of five, you know, and it was, like, a great experience.",
      ]),
    );
    expect(sentences).toHaveLength(2);
    const own = drills.exercises.find((e) => e.sentence.startsWith("We was"))!;
    // Both problems in the sentence are fixed in the reference.
    expect(own.fixes).toEqual(["We were short of time before the launch, so I received help from my manager."]);
    expect(own.question).toBe(rows[0]!.questionText);
    expect(own.category).toBe("agreement");
    expect(own.hint?.length).toBeGreaterThan(0);
  });

  it("makes a speaking focus of the fillers and hedges used most", async () => {
    const { user } = await userWithAnswers([FIRST, SECOND]);
    const { focus } = await answerDrills(user.id);
    expect(focus.fillers).toEqual(
      expect.arrayContaining([
        { term: "um", count: 1 },
        { term: "basically", count: 1 },
        { term: "you know", count: 1 },
        { term: "like", count: 1 },
      ]),
    );
    expect(focus.hedges).toEqual([{ term: "I think", count: 2 }]);
    expect(focus.words).toBeGreaterThan(50);
    expect(focus.fillerRate).toBeGreaterThan(0);
  });

  it("is empty for a user without answers, and clean answers give no exercises", async () => {
    const fresh = await createUser();
    expect(await answerDrills(fresh.id)).toEqual({
      answersChecked: 0,
      exercises: [],
      focus: { words: 0, fillers: [], hedges: [], fillerRate: 0, hedgeRate: 0 },
    });
    const { user } = await userWithAnswers([CLEAN, ""]);
    const drills = await answerDrills(user.id);
    // The skipped (empty) answer is not read at all.
    expect(drills.answersChecked).toBe(1);
    expect(drills.exercises).toEqual([]);
  });

  it("stores a grammar session from the user's own sentences and checks the corrections", async () => {
    const { user, rows } = await userWithAnswers([FIRST, SECOND]);
    const { exercises } = await answerDrills(user.id);
    const items = exercises.map((exercise) => ({
      exerciseId: exercise.id,
      answer: exercise.sentence.startsWith("We was") ? exercise.fixes[0]! : exercise.sentence,
    }));
    const { id, score } = await submitGrammarSession(user.id, { source: "answers", items }, new Date());
    expect(score).toBe(50);
    const stored = await db().englishBoosterSession.findUniqueOrThrow({ where: { id } });
    const results = SessionResultsSchema.parse(stored.results);
    expect(results).toMatchObject({ kind: "grammar", source: "answers" });
    if (results.kind !== "grammar") throw new Error("expected grammar results");
    expect(results.items.find((i) => i.verdict === "exact")?.question).toBe(rows[0]!.questionText);
    expect(results.items.find((i) => i.verdict === "wrong")?.remaining[0]).toMatchObject({
      text: "has",
      category: "agreement",
    });
  });

  it("does not let another user practise, or even see, someone's answers", async () => {
    const { user } = await userWithAnswers([FIRST]);
    const intruder = await createUser();
    const [exercise] = (await answerDrills(user.id)).exercises;
    expect(exercise).toBeDefined();
    expect((await answerDrills(intruder.id)).answersChecked).toBe(0);
    await expect(answerExercisesById(intruder.id, [exercise!.id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitGrammarSession(
        intruder.id,
        { source: "answers", items: [{ exerciseId: exercise!.id, answer: exercise!.fixes[0]! }] },
        new Date(),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().englishBoosterSession.count({ where: { userId: intruder.id } })).toBe(0);
  });
});
