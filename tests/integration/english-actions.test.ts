import { describe, expect, it, vi } from "vitest";
import { signInAs, signOut } from "../support/session-mock";
import type { ActionState } from "@/lib/actions/state";

// The real server actions through the one action wrapper; the session, redirect and revalidation are stubbed.
vi.mock("@/lib/auth/session", () => import("../support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { db } = await import("@/lib/db");
const { createUser } = await import("../factories");
const { startSession, submitAnswer } = await import("@/lib/interview-session/service");
const { answerDrills } = await import("@/lib/english/answer-drills");
const { submitGrammar, submitSpeaking, submitVocabulary } = await import("@/lib/english/actions");

type Person = Awaited<ReturnType<typeof createUser>>;
const as = (person: Person | null) => {
  if (person) signInAs(person);
  else signOut();
};

/** Runs an action; a redirect (how these actions end on success) comes back as its URL. */
async function run<T>(call: () => Promise<ActionState<T>>): Promise<ActionState<T> | string> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("redirect:")) return error.message.slice("redirect:".length);
    throw error;
  }
}

describe("English server actions", () => {
  it("store the caller's session and open its results page", async () => {
    const user = await createUser();
    as(user);
    const url = await run(() =>
      submitVocabulary({ status: "idle" }, { items: [{ pairId: "helped", chosen: "mentored" }], durationSeconds: 30 }),
    );
    const stored = await db().englishBoosterSession.findFirstOrThrow({
      where: { userId: user.id },
      select: { id: true, score: true },
    });
    expect(url).toBe(`/english/sessions/${stored.id}`);
    expect(stored.score).toBe(100);
  });

  it("return field errors instead of storing invalid input", async () => {
    const user = await createUser();
    as(user);
    const state = await run(() =>
      submitSpeaking(
        { status: "idle" },
        { drillId: "prompt-strength", input: "typed", transcript: "", durationSeconds: 2 },
      ),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { transcript: expect.any(Array), durationSeconds: expect.any(Array) },
    });
    expect(await db().englishBoosterSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuse logged-out callers", async () => {
    as(null);
    expect(
      await run(() => submitVocabulary({ status: "idle" }, { items: [{ pairId: "helped", chosen: "mentored" }] })),
    ).toMatchObject({ status: "error" });
  });

  it("do not let another user practise someone's answer sentences", async () => {
    const owner = await createUser();
    const { id } = await startSession(owner.id, "text", { role: "QA engineer", level: "mid", format: "behavioral", count: 1 });
    const answer = await db().sessionAnswer.findFirstOrThrow({ where: { sessionId: id }, select: { id: true } });
    await submitAnswer(owner.id, "text", { sessionId: id, answerId: answer.id, answer: "We was late, so I asked for help." });
    const [exercise] = (await answerDrills(owner.id)).exercises;
    expect(exercise).toBeDefined();

    const intruder = await createUser();
    as(intruder);
    const state = await run(() =>
      submitGrammar(
        { status: "idle" },
        { source: "answers", items: [{ exerciseId: exercise!.id, answer: exercise!.fixes[0]! }] },
      ),
    );
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/not found/) });
    expect(await db().englishBoosterSession.count({ where: { userId: { in: [owner.id, intruder.id] } } })).toBe(0);

    as(owner);
    const url = await run(() =>
      submitGrammar(
        { status: "idle" },
        { source: "answers", items: [{ exerciseId: exercise!.id, answer: exercise!.fixes[0]! }] },
      ),
    );
    expect(url).toMatch(/^\/english\/sessions\//);
  });
});
