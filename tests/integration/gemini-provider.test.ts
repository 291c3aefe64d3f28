// The real Gemini provider (real @google/genai SDK) against a loopback fake of
// the Gemini REST API. Nothing here leaves 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EvaluationSchema, GeneratedQuestionSchema, type AnswerMetrics } from "@/lib/ai/schema";
import type { EvaluationInput, QuestionInput } from "@/lib/ai/types";
import { createGeminiProvider, GeminiError, type GeminiFailureReason } from "@/lib/ai/gemini/client";
import { computeMetrics } from "@/lib/ai/local/metrics";
import { startFakeGemini, type FakeGemini } from "../fakes/gemini-server";

const API_KEY = "AIzaFAKE-test-key-0123456789";
const MODEL = "gemini-test";
const ANSWER = "At Acme I cut checkout latency by 40% in 3 weeks by caching pricing rules.";

// Distinctive values, so a test can tell the local metrics from anything Gemini says.
const LOCAL_METRICS: AnswerMetrics = {
  wordCount: 14,
  sentenceCount: 1,
  durationSeconds: null,
  wordsPerMinute: null,
  fillers: [],
  fillerCount: 0,
  fillerRate: 0,
  hedges: [],
  hedgeCount: 0,
  star: {
    situation: true,
    task: false,
    action: true,
    result: true,
    evidence: { result: "cut checkout latency by 40%" },
  },
  numbers: ["40%", "3 weeks"],
  concreteResults: 1,
  talkingPoints: { covered: ["Measurable outcome"], missed: ["Trade-offs"], coverage: 0.5 },
};

const QUESTIONS: QuestionInput = {
  role: "Senior React developer",
  level: "senior",
  company: {
    slug: "acme",
    name: "Acme",
    values: ["Customer obsession", "Bias for action"],
    focusAreas: ["Web performance"],
    interviewStyle: "Bar-raiser loop with deep dives",
  },
  format: "mixed",
  count: 3,
  seed: "seed-1",
  excludeIds: [],
};

const EVALUATION: EvaluationInput = {
  question: "Tell me about a time you improved performance.",
  answer: ANSWER,
  questionType: "behavioral",
  talkingPoints: ["Measurable outcome", "Trade-offs"],
  role: "Frontend developer",
  level: "mid",
};

let fake: FakeGemini;

function provider(timeoutMs = 2_000) {
  return createGeminiProvider({
    apiKey: API_KEY,
    model: MODEL,
    baseUrl: fake.url,
    timeoutMs,
    computeMetrics: () => LOCAL_METRICS,
  });
}

async function failure(promise: Promise<unknown>): Promise<GeminiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GeminiError);
  return error as GeminiError;
}

function expectNoSecrets(error: GeminiError) {
  const text = `${error.message}\n${error.stack ?? ""}`;
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(ANSWER);
}

beforeAll(async () => {
  fake = await startFakeGemini();
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.reset();
});

describe("Gemini provider, happy path", () => {
  it("generates the requested questions through POST /v1beta/models/{model}:generateContent", async () => {
    const ai = provider();
    const questions = await ai.generateQuestions(QUESTIONS);

    expect(ai.source).toBe("gemini");
    expect(questions).toHaveLength(3);
    for (const question of questions) {
      expect(GeneratedQuestionSchema.parse(question)).toEqual(question);
      expect(question.id).toMatch(/^gemini-[0-9a-f]{12}$/);
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(3);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["behavioral", "technical", "system_design"]));

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.path).toBe(`/v1beta/models/${MODEL}:generateContent`);
    expect(request?.apiKey).toBe(API_KEY);
    const body = JSON.stringify(request?.body);
    expect(request?.body).toMatchObject({
      generationConfig: { responseMimeType: "application/json", responseJsonSchema: { type: "array", minItems: 3 } },
      systemInstruction: { parts: [{ text: expect.any(String) }] },
    });
    for (const fact of ["Senior React developer", "Acme", "Customer obsession", "Web performance", "Bar-raiser loop"]) {
      expect(body).toContain(fact);
    }
    expect(body).toContain("1 behavioral, 1 technical, 1 system_design");
  });

  it("gives the same id to the same question text, and asks only for the chosen type", async () => {
    const reply = [
      {
        text: "Describe a conflict you resolved in your team.",
        type: "behavioral",
        difficulty: "medium",
        talkingPoints: ["Who disagreed", "What you did", "How it ended"],
      },
    ];
    fake.setReply(reply);
    const input: QuestionInput = { ...QUESTIONS, format: "behavioral", count: 1, company: null };
    const [first] = await provider().generateQuestions(input);
    const [second] = await provider().generateQuestions(input);

    expect(first?.id).toBe(second?.id);
    expect(fake.requests[0]?.body).toMatchObject({
      generationConfig: { responseJsonSchema: { items: { properties: { type: { enum: ["behavioral"] } } } } },
    });
  });

  it("keeps the first `count` questions when Gemini writes more", async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      text: `Extra question number ${i + 1} about caching?`,
      type: "technical",
      difficulty: "hard",
      talkingPoints: ["one", "two", "three"],
    }));
    fake.setReply(five);
    const questions = await provider().generateQuestions({ ...QUESTIONS, format: "technical", count: 2 });
    expect(questions.map((q) => q.text)).toEqual([five[0]?.text, five[1]?.text]);
  });

  it("evaluates an answer with the local metrics, never Gemini's, and a rounded score", async () => {
    fake.setReply({
      score: 7.46,
      strengths: ["  Concrete numbers.  ", ""],
      improvements: ["Mention the trade-offs."],
      suggestions: ["Name what you would do differently."],
      relevance: { verdict: "on-topic", reason: "About the question." },
      coherence: 0.9,
      contradictedClaims: [],
      metrics: { wordCount: 9999 },
    });
    const evaluation = await provider().evaluateAnswer(EVALUATION);

    expect(EvaluationSchema.parse(evaluation)).toEqual(evaluation);
    expect(evaluation).toEqual({
      source: "gemini",
      score: 7.5,
      strengths: ["Concrete numbers."],
      improvements: ["Mention the trade-offs."],
      suggestions: ["Name what you would do differently."],
      metrics: LOCAL_METRICS,
    });
    const request = fake.requests[0];
    expect(request?.apiKey).toBe(API_KEY);
    const body = JSON.stringify(request?.body);
    expect(body).toContain(ANSWER);
    expect(body).toContain("Trade-offs");
    expect(body).toContain("40%, 3 weeks");
    expect(request?.body).toMatchObject({
      generationConfig: { responseMimeType: "application/json", responseJsonSchema: { type: "object" } },
    });
  });

  it("works with the real local metrics and shows them to Gemini", async () => {
    const ai = createGeminiProvider({ apiKey: API_KEY, model: MODEL, baseUrl: fake.url, computeMetrics });
    const evaluation = await ai.evaluateAnswer(EVALUATION);
    const expected = computeMetrics(EVALUATION);

    expect(evaluation.metrics).toEqual(expected);
    expect(JSON.stringify(fake.requests[0]?.body)).toContain(`Words: ${expected.wordCount},`);
  });

  it("lifts a score of 0 to the floor of 1, and evaluates an empty answer", async () => {
    fake.setReply({
      score: 0,
      strengths: [],
      improvements: ["Answer the question."],
      suggestions: [],
      relevance: { verdict: "off-topic", reason: "No answer." },
      coherence: 0,
      contradictedClaims: [],
    });
    const evaluation = await provider().evaluateAnswer({ ...EVALUATION, answer: "" });
    expect(evaluation.score).toBe(1);
    expect(JSON.stringify(fake.requests[0]?.body)).toContain("The candidate gave no answer.");
  });

  it("recovers when the single retry succeeds", async () => {
    fake.setMode("error500", { times: 1 });
    const evaluation = await provider().evaluateAnswer(EVALUATION);
    expect(evaluation.score).toBe(7);
    expect(fake.requests).toHaveLength(2);
  });
});

describe("Gemini provider, failures", () => {
  const cases: { mode: Parameters<FakeGemini["setMode"]>[0]; reason: GeminiFailureReason; requests: number }[] = [
    { mode: "malformed", reason: "invalid_json", requests: 2 },
    { mode: "schema_mismatch", reason: "schema_mismatch", requests: 2 },
    { mode: "error500", reason: "http_5xx", requests: 2 },
    { mode: "rate_limited", reason: "http_429", requests: 2 },
    { mode: "error400", reason: "http_4xx", requests: 1 },
  ];

  for (const { mode, reason, requests } of cases) {
    it(`${mode} → GeminiError ${reason} after ${requests} request(s)`, async () => {
      fake.setMode(mode);
      const error = await failure(provider().evaluateAnswer(EVALUATION));
      expect(error.reason).toBe(reason);
      expect(fake.requests).toHaveLength(requests);
      expectNoSecrets(error);
    });
  }

  it("slow → times out per attempt and retries once", async () => {
    fake.setMode("slow");
    const started = performance.now();
    const error = await failure(provider(300).generateQuestions(QUESTIONS));
    const elapsed = performance.now() - started;

    expect(error.reason).toBe("timeout");
    expect(fake.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(3_000);
    expectNoSecrets(error);
  });

  it("fewer questions than asked → schema_mismatch", async () => {
    fake.setReply([
      {
        text: "Only one question came back, sadly?",
        type: "behavioral",
        difficulty: "easy",
        talkingPoints: ["Point one", "Point two", "Point three"],
      },
    ]);
    const error = await failure(provider().generateQuestions({ ...QUESTIONS, count: 2 }));
    expect(error.reason).toBe("schema_mismatch");
    expect(fake.requests).toHaveLength(2);
  });

  it("a score on another scale → schema_mismatch", async () => {
    fake.setReply({ score: 85, strengths: [], improvements: [], suggestions: [] });
    const error = await failure(provider().evaluateAnswer(EVALUATION));
    expect(error.reason).toBe("schema_mismatch");
  });

  it("a missing key is a 4xx and is not retried", async () => {
    const ai = createGeminiProvider({
      apiKey: "",
      model: MODEL,
      baseUrl: fake.url,
      timeoutMs: 2_000,
      computeMetrics: () => LOCAL_METRICS,
    });
    const error = await failure(ai.evaluateAnswer(EVALUATION));
    expect(error.reason).toBe("http_4xx");
    expect(error.status).toBe(403);
    expect(fake.requests).toHaveLength(1);
  });

  it("nothing listening → network, after one retry", async () => {
    const gone = await startFakeGemini();
    const url = gone.url;
    await gone.close();
    const ai = createGeminiProvider({
      apiKey: API_KEY,
      model: MODEL,
      baseUrl: url,
      timeoutMs: 2_000,
      computeMetrics: () => LOCAL_METRICS,
    });
    const error = await failure(ai.generateQuestions(QUESTIONS));
    expect(error.reason).toBe("network");
    expectNoSecrets(error);
  });
});
