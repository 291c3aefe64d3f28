import { test, expect, loginViaApi } from "./fixtures";

test.describe("AI JSON API", () => {
  test("questions and evaluation keep their contract shapes", async ({ makeUser, playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await loginViaApi(api, await makeUser());

    const questions = await api.post("/api/ai/questions", { data: { role: "Frontend engineer", level: "junior", type: "technical", count: 4 } });
    expect(questions.status()).toBe(200);
    const set = await questions.json();
    expect(Object.keys(set).sort()).toEqual(["questions", "source"]);
    expect(set.source).toBe("local");
    expect(set.questions).toHaveLength(4);
    for (const q of set.questions) {
      expect(Object.keys(q).sort()).toEqual(["difficulty", "id", "talkingPoints", "text", "type"]);
      expect(q.type).toBe("technical");
      expect(q.talkingPoints.length).toBeGreaterThan(0);
    }

    const evaluation = await api.post("/api/ai/evaluate", {
      data: { question: set.questions[0].text, answer: "I would use memoization and measure with the profiler; it cut render time by 40%.", level: "junior" },
    });
    expect(evaluation.status()).toBe(200);
    const result = await evaluation.json();
    expect(Object.keys(result).sort()).toEqual(["improvements", "metrics", "score", "source", "strengths", "suggestions"]);
    expect(result.source).toBe("local");
    expect(result.score).toBeGreaterThanOrEqual(1);
    expect(result.score).toBeLessThanOrEqual(10);
    expect(result.metrics.numbers).toContain("40%");
    expect(result.metrics.talkingPoints.coverage).not.toBeNull();
    await api.dispose();
  });

  test("empty and 20,000-character answers get a clear result; bad bodies get field errors", async ({ makeUser, playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await loginViaApi(api, await makeUser());

    const empty = await api.post("/api/ai/evaluate", { data: { question: "Tell me about yourself.", answer: "" } });
    expect(empty.status()).toBe(200);
    expect((await empty.json()).score).toBe(1);

    const long = await api.post("/api/ai/evaluate", { data: { question: "Tell me about yourself.", answer: "I built things. ".repeat(1_250).slice(0, 20_000) } });
    expect(long.status()).toBe(200);
    expect((await long.json()).metrics.wordCount).toBeGreaterThan(2_000);

    const tooLong = await api.post("/api/ai/evaluate", { data: { question: "Q?", answer: "x".repeat(20_001) } });
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).fieldErrors.answer).toBeDefined();

    const wrong = await api.post("/api/ai/questions", { data: { role: 7, level: "wizard", count: 0 } });
    expect(wrong.status()).toBe(400);
    const body = await wrong.json();
    expect(body.code).toBe("invalid_input");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["count", "level", "role"]);

    const notJson = await api.post("/api/ai/evaluate", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).code).toBe("invalid_json");
    await api.dispose();
  });

  test("logged-out callers get 401 JSON", async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    const response = await api.post("/api/ai/questions", { data: { role: "QA", level: "mid", count: 1 } });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthorized" });
    await api.dispose();
  });

  test("question requests past the hourly budget get 429 with Retry-After", async ({ makeUser, playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await loginViaApi(api, await makeUser());
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 31; i++) {
      const response = await api.post("/api/ai/questions", { data: { role: "QA engineer", level: "mid", count: 1 } });
      statuses.push(response.status());
      if (response.status() === 429) retryAfter = response.headers()["retry-after"];
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    await api.dispose();
  });
});
