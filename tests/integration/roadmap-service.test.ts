// Creating, retrying and deleting roadmaps, and the job that builds them (run
// directly here; tests/integration/jobs-roadmap.test.ts runs it through pg-boss).
import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { enqueue, stopJobs } from "@/lib/jobs";
import { runRoadmapJob } from "@/lib/roadmap/job";
import { getRoadmap, getRoadmapStatus, listRoadmaps } from "@/lib/roadmap/queries";
import { RoadmapFormSchema, RoadmapResultSchema } from "@/lib/roadmap/schema";
import { createRoadmap, deleteRoadmap, retryRoadmap } from "@/lib/roadmap/service";
import { createUser } from "../factories";

const START = new Date("2025-06-02T09:30:00Z");
const meta = { id: "test", retryCount: 0, retryLimit: 3 };
const raw = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

afterAll(async () => {
  await stopJobs();
  await raw.end();
});

const form = (overrides: Record<string, unknown> = {}) =>
  RoadmapFormSchema.parse({ currentRole: "Support engineer", targetRole: "Backend engineer", skills: "SQL, Git, Linux", experienceYears: 2, ...overrides });

async function jobFor(jobId: string) {
  const { rows } = await raw.query<{ state: string; data: { roadmapId: string; userId: string; startDate: string } }>(
    "SELECT state, data FROM pgboss.job WHERE name = 'roadmap-generate' AND id = $1",
    [jobId],
  );
  return rows[0] ?? null;
}

describe("creating a roadmap", () => {
  it("stores the row (queued) and its job in the same transaction", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form(), START);
    const row = await db().careerRoadmap.findFirstOrThrow({ where: { id, userId: user.id } });
    expect(row).toMatchObject({ currentRole: "Support engineer", targetRole: "Backend engineer", skills: ["SQL", "Git", "Linux"], experienceYears: 2, progress: 0 });
    // Another test file may run workers on the shared queue, so the job may already have started.
    expect(["queued", "running", "done"]).toContain(row.status);
    expect(row.jobId).toMatch(/^[0-9a-f-]{36}$/);
    const job = await jobFor(row.jobId!);
    expect(job?.data).toEqual({ roadmapId: id, userId: user.id, startDate: "2025-06-02" });
  });

  it("refuses a target role with no close template, and stores neither row nor job", async () => {
    const user = await createUser();
    await expect(createRoadmap(user.id, form({ targetRole: "Astronaut" }), START)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db().careerRoadmap.count({ where: { userId: user.id } })).toBe(0);
    const after = await raw.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'userId' = $1", [user.id]);
    expect(after.rows[0]!.n).toBe(0);
  });

  it("rolls the job back when the transaction it was sent in fails", async () => {
    const marker = `rollback-${randomUUID().slice(0, 8)}`;
    const data = { roadmapId: marker, userId: marker, startDate: "2025-06-02" };
    await expect(
      db().$transaction(async (tx) => {
        await enqueue("roadmap-generate", data, { tx });
        throw new Error("something later in the transaction failed");
      }),
    ).rejects.toThrow("something later");
    const jobs = await raw.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'roadmapId' = $1", [marker]);
    expect(jobs.rows[0]!.n).toBe(0);
  });
});

describe("the roadmap job", () => {
  it("builds the local roadmap, reports progress and stores the result", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form(), START);
    const stages: string[] = [];
    await runRoadmapJob({ roadmapId: id, userId: user.id, startDate: "2025-06-02" }, meta, {
      onStage: async (stage) => {
        stages.push(stage);
      },
    });
    expect(stages).toEqual(["matching", "adapting", "saving"]);
    const roadmap = await getRoadmap(user.id, id);
    expect(roadmap).toMatchObject({ status: "done", progress: 100, source: "local", error: null });
    const result = RoadmapResultSchema.parse(roadmap!.result);
    expect(result.template.slug).toBe("backend");
    expect(result.milestones[0]!.kind).toBe("bridge"); // support engineer has no template: a bridge first
    expect(result.timeline.startDate).toBe("2025-06-02");
    expect(result.skills.filter((s) => s.status === "have").map((s) => s.name)).toEqual(
      expect.arrayContaining(["SQL and relational databases", "Git", "Linux and the command line"]),
    );
  });

  it("does nothing when run again for a roadmap that is already done", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form(), START);
    const data = { roadmapId: id, userId: user.id, startDate: "2025-06-02" };
    await runRoadmapJob(data, meta);
    const first = await db().careerRoadmap.findFirstOrThrow({ where: { id }, select: { updatedAt: true, result: true } });
    const stages: string[] = [];
    await runRoadmapJob(data, meta, { onStage: async (stage) => void stages.push(stage) });
    const second = await db().careerRoadmap.findFirstOrThrow({ where: { id }, select: { updatedAt: true, result: true } });
    expect(stages).toEqual([]);
    expect(second).toEqual(first);
  });

  it("fails with a helpful message when the job cannot succeed, and can be retried", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form(), START);
    // The role was editable only before the template check; simulate a template that went away.
    await db().careerRoadmap.updateMany({ where: { id, userId: user.id }, data: { targetRole: "Astronaut" } });
    await runRoadmapJob({ roadmapId: id, userId: user.id, startDate: "2025-06-02" }, meta);
    const failed = await getRoadmapStatus(user.id, id);
    expect(failed).toMatchObject({ status: "failed" });
    expect(failed!.error).toContain("no roadmap template close to “Astronaut”");

    await db().careerRoadmap.updateMany({ where: { id, userId: user.id }, data: { targetRole: "Data analyst" } });
    await retryRoadmap(user.id, id, START);
    const queued = await db().careerRoadmap.findFirstOrThrow({ where: { id }, select: { status: true, error: true, jobId: true } });
    expect(queued.error).toBeNull();
    expect(["queued", "running", "done"]).toContain(queued.status);
    await runRoadmapJob({ roadmapId: id, userId: user.id, startDate: "2025-06-02" }, meta);
    expect(await getRoadmapStatus(user.id, id)).toMatchObject({ status: "done" });
  });

  it("on an unexpected error, asks for a retry while attempts remain and fails on the last", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form(), START);
    const data = { roadmapId: id, userId: user.id, startDate: "2025-06-02" };
    const boom = async (stage: string) => {
      if (stage === "adapting") throw new Error("database hiccup");
    };
    await expect(runRoadmapJob(data, { ...meta, retryCount: 0 }, { onStage: boom })).rejects.toThrow("database hiccup");
    expect(await getRoadmapStatus(user.id, id)).toMatchObject({ status: "running", stage: expect.stringContaining("trying again (attempt 2 of 4)") });
    await expect(runRoadmapJob(data, { ...meta, retryCount: 3 }, { onStage: boom })).rejects.toThrow("database hiccup");
    expect(await getRoadmapStatus(user.id, id)).toMatchObject({ status: "failed", error: expect.stringContaining("after several attempts") });
  });
});

describe("ownership", () => {
  it("hides, refuses to retry and refuses to delete another user's roadmap", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { id } = await createRoadmap(owner.id, form(), START);
    expect(await getRoadmap(other.id, id)).toBeNull();
    expect(await getRoadmapStatus(other.id, id)).toBeNull();
    expect(await listRoadmaps(other.id)).toEqual([]);
    await expect(retryRoadmap(other.id, id, START)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteRoadmap(other.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await deleteRoadmap(owner.id, id);
    expect(await getRoadmap(owner.id, id)).toBeNull();
  });

  it("lists the user's roadmaps newest first", async () => {
    const user = await createUser();
    const first = await createRoadmap(user.id, form({ targetRole: "UX designer" }), START);
    const second = await createRoadmap(user.id, form({ targetRole: "Product manager" }), START);
    const list = await listRoadmaps(user.id);
    expect(list.map((r) => r.id)).toEqual([second.id, first.id]);
  });
});
