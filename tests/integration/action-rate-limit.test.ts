import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { ActionState } from "@/lib/actions/state";

// The action wrapper's rateLimit option against the real limiter in PostgreSQL, through real
// actions. Only the session, the request headers, redirect and revalidation are stubbed, and the
// English budget is small so its end is reachable.
const request = vi.hoisted(() => ({ user: null as SessionUser | null, ip: "192.0.2.1" }));
vi.mock("@/lib/auth/session", () => ({ getUser: async () => request.user, requireUser: async () => request.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": `${request.ip}, 10.0.0.1` }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("@/lib/english/limits", () => ({
  ENGLISH_LIMITS: { grammar: { points: 2, durationSeconds: 3600 }, exercises: { points: 2, durationSeconds: 3600 } },
}));

const { db } = await import("@/lib/db");
const { createUser, uniqueEmail } = await import("../factories");
const { submitVocabulary } = await import("@/lib/english/actions");
const { register } = await import("@/lib/auth/actions");
const { updateProfile } = await import("@/lib/users/actions");
const { shareWithInstructorAction } = await import("@/lib/sharing/actions");

type Person = Awaited<ReturnType<typeof createUser>>;
const as = (person: Person) => {
  request.user = { ...person, role: "student", profilePhoto: null };
};

/** Runs an action; a redirect (how the English actions end on success) comes back as its URL. */
async function run<T>(call: () => Promise<ActionState<T>>): Promise<ActionState<T> | string> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("redirect:")) return error.message.slice("redirect:".length);
    throw error;
  }
}

const vocabulary = () =>
  run(() =>
    submitVocabulary({ status: "idle" }, { items: [{ pairId: "helped", chosen: "mentored" }], durationSeconds: 30 }),
  );
const sessionsOf = (userId: string) => db().englishBoosterSession.count({ where: { userId } });
const TOO_MANY = /^Too many attempts\. Try again in \d+ seconds\.$/;

describe("the action wrapper's rateLimit option", () => {
  it("answers with the rate-limit message once the budget is spent, and the handler stores nothing", async () => {
    const user = await createUser();
    as(user);
    expect(await vocabulary()).toMatch(/^\/english\/sessions\//);
    expect(await vocabulary()).toMatch(/^\/english\/sessions\//);
    expect(await sessionsOf(user.id)).toBe(2);

    const refused = await vocabulary();
    expect(refused).toEqual({ status: "error", message: expect.stringMatching(TOO_MANY), fieldErrors: {} });
    expect(await sessionsOf(user.id)).toBe(2);
  });

  it("counts each user's budget apart by default", async () => {
    const first = await createUser();
    as(first);
    await vocabulary();
    await vocabulary();
    expect(await vocabulary()).toMatchObject({ status: "error", message: expect.stringMatching(TOO_MANY) });

    const second = await createUser();
    as(second);
    expect(await vocabulary()).toMatch(/^\/english\/sessions\//);
    expect(await sessionsOf(second.id)).toBe(1);
  });

  it("spends nothing on invalid input", async () => {
    const user = await createUser();
    as(user);
    for (let i = 0; i < 3; i++) {
      const state = await run(() => submitVocabulary({ status: "idle" }, { items: [], durationSeconds: 30 }));
      expect(state).toMatchObject({ status: "error", message: "Please correct the highlighted fields." });
    }
    expect(await vocabulary()).toMatch(/^\/english\/sessions\//);
  });

  it("counts a logged-out action against the client's address: the 21st registration from one address creates no account", async () => {
    request.user = null;
    request.ip = "198.51.100.7"; // each run has a fresh database, so a fresh budget
    const signUp = (email: string) =>
      register({ status: "idle" }, { name: "Rate Limited", email, password: "long-enough-1", role: "student" });
    for (let i = 0; i < 20; i++) expect(await signUp(uniqueEmail("budget"))).toMatchObject({ status: "success" });

    const email = uniqueEmail("refused");
    expect(await signUp(email)).toEqual({ status: "error", message: expect.stringMatching(TOO_MANY), fieldErrors: {} });
    expect(await db().user.count({ where: { email } })).toBe(0);

    // Another address has its own budget.
    request.ip = "203.0.113.7";
    expect(await signUp(email)).toMatchObject({ status: "success" });
    expect(await db().user.count({ where: { email } })).toBe(1);
  }, 60_000);

  it("spends nothing when `when` says the call costs nothing (a profile save without a photo)", async () => {
    const user = await createUser();
    as(user);
    // The upload budget is 30 an hour; 31 saves of the name alone all go through.
    for (let i = 0; i < 31; i++) {
      expect(await updateProfile({ status: "idle" }, { name: `Name ${i}` })).toMatchObject({ status: "success" });
    }
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).toEqual({
      name: "Name 30",
    });
  }, 60_000);

  it("lets a student try 30 instructor addresses an hour, so nobody can probe which emails are instructors", async () => {
    const student = await createUser();
    const instructor = await createUser();
    await db().user.update({ where: { id: instructor.id }, data: { role: "instructor" } });
    as(student);
    const share = (email: string) => shareWithInstructorAction({ status: "idle" }, { scope: "dashboard", email });
    for (let i = 0; i < 30; i++) {
      expect(await share(uniqueEmail("probe"))).toMatchObject({ status: "error", message: expect.not.stringMatching(TOO_MANY) });
    }
    // The 31st attempt is refused even for a real instructor, and nothing is shared.
    expect(await share(instructor.email)).toEqual({ status: "error", message: expect.stringMatching(TOO_MANY), fieldErrors: {} });
    expect(await db().instructorShare.count({ where: { studentId: student.id } })).toBe(0);
  }, 60_000);
});
