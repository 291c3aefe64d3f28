// The roadmap job with GEMINI_API_KEY set, against a loopback fake of the Gemini
// REST API: a good reply refines the roadmap (labelled AI), and every failure
// keeps the local roadmap and says why.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeGemini, type FakeGemini } from "../fakes/gemini-server";
import { createUser } from "../factories";

let fake: FakeGemini;
let service: typeof import("@/lib/roadmap/service");
let job: typeof import("@/lib/roadmap/job");
let queries: typeof import("@/lib/roadmap/queries");
let jobs: typeof import("@/lib/jobs");

const INPUT = { currentRole: "Graphic designer", targetRole: "UX designer", skills: ["Figma", "Typography"], experienceYears: 4 };
const START = new Date("2025-09-01T08:00:00Z");
const meta = { id: "test", retryCount: 0, retryLimit: 3 };

beforeAll(async () => {
  fake = await startFakeGemini();
  // Set before the app's env is first read in this test file's fresh module graph.
  process.env.GEMINI_API_KEY = "test-key-not-secret";
  process.env.GEMINI_BASE_URL = fake.url;
  process.env.GEMINI_TIMEOUT_MS = "300";
  service = await import("@/lib/roadmap/service");
  job = await import("@/lib/roadmap/job");
  queries = await import("@/lib/roadmap/queries");
  jobs = await import("@/lib/jobs");
});

afterAll(async () => {
  await jobs.stopJobs();
  await fake.close();
});

beforeEach(() => fake.reset());

/** Creates a roadmap and runs its job here; returns what the user would see. */
async function build() {
  const user = await createUser();
  const { id } = await service.createRoadmap(user.id, { ...INPUT }, START);
  const stages: string[] = [];
  await job.runRoadmapJob({ roadmapId: id, userId: user.id, startDate: "2025-09-01" }, meta, { onStage: async (s) => void stages.push(s) });
  const roadmap = await queries.getRoadmap(user.id, id);
  return { roadmap: roadmap!, stages };
}

/** The local engine's plan for INPUT (Gemini refusing, so no retry is spent). */
async function localPlan() {
  fake.setMode("error400");
  const { roadmap } = await build();
  fake.reset();
  const milestones = roadmap.result!.milestones;
  return { ids: milestones.filter((m) => m.status === "todo").map((m) => m.id), weeks: milestones.map((m) => [m.id, m.weeks, m.startDate]) };
}

describe("roadmap refinement with Gemini configured", () => {
  it("refines goals, adds tips and a summary, and keeps the local timeline", async () => {
    const { ids, weeks } = await localPlan();
    expect(ids.length).toBeGreaterThan(3);
    fake.setReply({
      summary: "You already design with care; this plan turns that into research-led product design in about half a year.",
      milestones: ids.map((id) => ({ id, goals: [`Refined goal one for ${id}`, `Refined goal two for ${id}`], tip: `Tip for ${id}` })),
    });
    const { roadmap, stages } = await build();
    expect(stages).toEqual(["matching", "adapting", "refining", "saving"]);
    expect(roadmap).toMatchObject({ status: "done", source: "gemini" });
    const result = roadmap.result!;
    expect(result.source).toBe("gemini");
    expect(result.ai?.summary).toContain("research-led");
    expect(result.fallbackReason).toBeUndefined();
    const first = result.milestones.find((m) => m.id === ids[0])!;
    expect(first.goals).toEqual([`Refined goal one for ${ids[0]}`, `Refined goal two for ${ids[0]}`]);
    expect(first.aiTip).toBe(`Tip for ${ids[0]}`);
    expect(result.milestones.map((m) => [m.id, m.weeks, m.startDate])).toEqual(weeks);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.apiKey).toBe("test-key-not-secret");
    // The user's skills travel as data inside the prompt.
    expect(JSON.stringify(fake.requests[0]!.body)).toContain("Typography");
  });

  it.each([
    ["malformed", "invalid_json", 2],
    ["schema_mismatch", "schema_mismatch", 2],
    ["error500", "http_5xx", 2],
    ["rate_limited", "http_429", 2],
    ["slow", "timeout", 2],
    ["error400", "http_4xx", 1],
  ] as const)("when Gemini is %s, the local roadmap is kept and says why", async (mode, reason, calls) => {
    fake.setMode(mode);
    const { roadmap } = await build();
    expect(roadmap).toMatchObject({ status: "done", source: "local" });
    expect(roadmap.result).toMatchObject({ source: "local", fallbackReason: reason });
    expect(roadmap.result!.ai).toBeUndefined();
    expect(roadmap.result!.milestones.every((m) => m.aiTip === undefined)).toBe(true);
    expect(fake.requests).toHaveLength(calls);
  });

  it("rejects a reply that leaves out a milestone: one retry, then the local roadmap", async () => {
    const { ids } = await localPlan();
    const partial = { summary: "A plan that forgets one milestone entirely, which we must not accept.", milestones: ids.slice(1).map((id) => ({ id, goals: ["Goal number one", "Goal number two"], tip: "A tip" })) };
    fake.setReply(partial);
    const { roadmap } = await build();
    expect(roadmap.result).toMatchObject({ source: "local", fallbackReason: "schema_mismatch" });
    expect(fake.requests).toHaveLength(2);
  });
});
