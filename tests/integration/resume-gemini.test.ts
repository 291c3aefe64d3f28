// With GEMINI_API_KEY set, against the loopback fake of the Gemini REST API:
// the AI review is stored labelled as Gemini's, and any failure leaves the
// local analysis intact with the reason, never a local text posing as AI.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeGemini, type FakeGemini } from "../fakes/gemini-server";
import { createUser } from "../factories";
import { JOB_DESCRIPTION, resumePdf } from "../fixtures/resume-files";

let fake: FakeGemini;
let service: typeof import("@/lib/resume/service");
let queries: typeof import("@/lib/resume/queries");

const REVIEW = {
  summary: "A strong backend resume with measurable results; machine learning is the main gap for this role.",
  strengths: ["Quantified impact such as the 40-service migration."],
  improvements: ["Add any machine learning work, even a side project."],
};

beforeAll(async () => {
  fake = await startFakeGemini();
  // Set before the app's env is first read in this file's fresh module graph.
  process.env.GEMINI_API_KEY = "test-key-not-secret";
  process.env.GEMINI_BASE_URL = fake.url;
  process.env.GEMINI_TIMEOUT_MS = "300";
  service = await import("@/lib/resume/service");
  queries = await import("@/lib/resume/queries");
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => fake.reset());

async function upload() {
  const user = await createUser();
  const { id } = await service.uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "cv.pdf", jobDescription: JOB_DESCRIPTION });
  return { user, resume: (await queries.getResume(user.id, id))! };
}

describe("resume review with Gemini configured", () => {
  it("stores Gemini's review next to the local analysis, labelled as Gemini's", async () => {
    fake.setReply(REVIEW);
    const { resume } = await upload();
    expect(resume.analysis?.aiReview).toEqual({ source: "gemini", model: "gemini-2.5-flash", ...REVIEW });
    expect(resume.analysis?.aiFailure).toBeUndefined();
    expect(resume.analysis?.match?.keywords.length).toBeGreaterThan(0);
    const sent = JSON.stringify(fake.requests[0]?.body);
    expect(sent).toContain("Migrated 40 services to k8s");
    expect(sent).toContain("Machine learning experience is a must");
    expect(fake.requests.every((r) => r.apiKey === "test-key-not-secret")).toBe(true);
  });

  it("retries once after a server error", async () => {
    fake.setReply(REVIEW);
    fake.setMode("error500", { times: 1 });
    const { resume } = await upload();
    expect(resume.analysis?.aiReview?.summary).toBe(REVIEW.summary);
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ["malformed", "invalid_json"],
    ["schema_mismatch", "schema_mismatch"],
    ["error500", "http_5xx"],
    ["slow", "timeout"],
    ["rate_limited", "http_429"],
    ["error400", "http_4xx"],
  ] as const)("when Gemini is %s, the upload is stored with the local analysis and the reason", async (mode, reason) => {
    fake.setMode(mode);
    const { resume } = await upload();
    expect(resume.analysis?.aiReview).toBeUndefined();
    expect(resume.analysis?.aiFailure).toBe(reason);
    expect(resume.analysis?.score.total).toBe(resume.analysisScore);
  });

  it("replaces the review when the version is matched against another job", async () => {
    fake.setReply(REVIEW);
    const { user, resume } = await upload();
    fake.setReply({ ...REVIEW, summary: "For the data role, SQL depth matters most; your resume shows it well." });
    await service.rematchResume(user.id, { id: resume.id, jobDescription: "Requirements: SQL and Python for analytics dashboards." });
    const after = await queries.getResume(user.id, resume.id);
    expect(after?.analysis?.aiReview?.summary).toMatch(/^For the data role/);
  });
});
