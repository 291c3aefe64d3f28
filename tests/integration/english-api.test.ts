import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { signInAs, signOut } from "../support/session-mock";

// The real route handler, wrapper and rate limiter (in PostgreSQL); only the session is stubbed,
// and the budget is small so the 429 is reachable.
vi.mock("@/lib/auth/session", () => import("../support/session-mock"));
vi.mock("@/lib/english/limits", () => ({
  ENGLISH_LIMITS: { grammar: { points: 4, durationSeconds: 3600 }, exercises: { points: 4, durationSeconds: 3600 } },
}));

const { POST } = await import("@/app/api/english/grammar/route");
const { createUser } = await import("../factories");

async function login() {
  const user = await createUser();
  signInAs(user);
  return user;
}

function post(body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  const request = new NextRequest("http://localhost/api/english/grammar", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({}) });
}

describe("POST /api/english/grammar", () => {
  it("answers exactly {issues: [{start, end, message, suggestions, category}], stats}", async () => {
    await login();
    const text = "Café ☕ talk: I has a offer and I recieved it.";
    const response = await post({ text });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { issues: Record<string, unknown>[]; stats: Record<string, unknown> };
    expect(Object.keys(body).sort()).toEqual(["issues", "stats"]);
    expect(body.issues.map((issue) => Object.keys(issue).sort())).toEqual(
      body.issues.map(() => ["category", "end", "message", "start", "suggestions"]),
    );
    expect(
      body.issues.map((issue) => [text.slice(issue.start as number, issue.end as number), issue.category]),
    ).toEqual([
      ["has", "agreement"],
      ["a", "miscellaneous"],
      ["recieved", "spelling"],
    ]);
    expect(body.issues[0]?.suggestions).toEqual(["have"]);
    expect(Object.keys(body.stats).sort()).toEqual([
      "averageSentenceLength",
      "characters",
      "issues",
      "issuesPer100Words",
      "longSentences",
      "readingGrade",
      "sentences",
      "words",
    ]);
    expect(body.stats).toMatchObject({ issues: 3, sentences: 1, characters: text.length });
  });

  it("refuses empty, blank and over-long text with a field error, and non-JSON bodies", async () => {
    await login();
    for (const text of ["", "   ", "x".repeat(10_001)]) {
      const response = await post({ text });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.text).toHaveLength(1);
    }
    // Each request spends budget before its body is read; a fresh user has some left.
    await login();
    expect((await post("{oops")).status).toBe(400);
    expect((await post({ text: "hi" }, { "content-type": "text/plain" })).status).toBe(415);
  });

  it("accepts exactly 10,000 characters", async () => {
    await login();
    const text = "I led the team and we shipped on time. ".repeat(300).slice(0, 10_000);
    const response = await post({ text });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { stats: { characters: number } }).stats.characters).toBe(10_000);
  }, 30_000);

  it("needs a logged-in user", async () => {
    signOut();
    const response = await post({ text: "I has a question." });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthorized" });
  });

  it("rate-limits each user separately", async () => {
    await login();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post({ text: "I has a question." })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    await login();
    expect((await post({ text: "I has a question." })).status).toBe(200);
  });
});
