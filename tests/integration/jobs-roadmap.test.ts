// The roadmap job on pg-boss: it survives an app restart (the job state lives in
// PostgreSQL) and, with several app instances on one queue, each job runs once.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { createBoss, startBoss } from "@/lib/jobs/boss";
import { startWorkers, type Handlers } from "@/lib/jobs/workers";
import { stopJobs } from "@/lib/jobs";
import { runRoadmapJob, STAGES } from "@/lib/roadmap/job";
import { getRoadmap, getRoadmapStatus } from "@/lib/roadmap/queries";
import { RoadmapFormSchema } from "@/lib/roadmap/schema";
import { createRoadmap } from "@/lib/roadmap/service";
import { createUser } from "../factories";

const form = RoadmapFormSchema.parse({ currentRole: "Teacher", targetRole: "Data analyst", skills: ["Excel"], experienceYears: 6 });
const extraBosses: PgBoss[] = [];
const raw = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

afterEach(async () => {
  await stopJobs();
  await Promise.all(extraBosses.splice(0).map((boss) => boss.stop({ graceful: false })));
});

afterAll(() => raw.end());

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function jobState(jobId: string): Promise<{ state: string; retry_count: number } | undefined> {
  const { rows } = await raw.query<{ state: string; retry_count: number }>("SELECT state, retry_count FROM pgboss.job WHERE id = $1", [jobId]);
  return rows[0];
}

/** pg-boss marks a job completed just after its handler returns, so the roadmap can be done a moment earlier. */
async function completedJob(jobId: string): Promise<{ state: string; retry_count: number } | undefined> {
  await waitFor(async () => (await jobState(jobId))?.state === "completed", 5_000, `job ${jobId} to complete`);
  return jobState(jobId);
}

async function jobIdOf(userId: string, roadmapId: string): Promise<string> {
  const row = await db().careerRoadmap.findFirstOrThrow({ where: { id: roadmapId, userId }, select: { jobId: true } });
  return row.jobId!;
}

describe("the roadmap job across an app restart", () => {
  it("a job cut off mid-run by a stopping app is finished by the restarted app's new pg-boss instance", async () => {
    const user = await createUser();
    let reached!: () => void;
    const stalled = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const never = new Promise<void>((resolve) => (release = resolve));

    // The first app instance: its worker stops in the middle of this user's job and waits.
    const first = await startWorkers({
      handlers: {
        "roadmap-generate": (data, meta) =>
          runRoadmapJob(data, meta, {
            onStage: async (stage) => {
              if (data.userId === user.id && stage === "adapting") {
                reached();
                await never;
              }
            },
          }),
      },
    });
    const { id } = await createRoadmap(user.id, form, new Date());
    await stalled;
    expect(await getRoadmapStatus(user.id, id)).toMatchObject({ status: "running", progress: STAGES.matching.progress, stage: STAGES.matching.text });
    const jobId = await jobIdOf(user.id, id);
    expect(await jobState(jobId)).toMatchObject({ state: "active" });

    // The app goes down before the job completes: pg-boss hands the job back for a retry.
    await stopJobs({ graceful: false });
    expect(await jobState(jobId)).toMatchObject({ state: "retry" });
    expect((await getRoadmapStatus(user.id, id))?.status).toBe("running");

    // The restarted app: a new pg-boss instance with the real workers.
    const second = await startWorkers();
    expect(second).not.toBe(first);
    await waitFor(async () => (await getRoadmapStatus(user.id, id))?.status === "done", 20_000, "the roadmap to be done");
    const roadmap = await getRoadmap(user.id, id);
    expect(roadmap?.result?.template.slug).toBe("data-analyst");
    expect(roadmap?.result?.milestones.length).toBeGreaterThan(3);
    expect(await completedJob(jobId)).toMatchObject({ state: "completed", retry_count: 1 });

    // The first instance's stalled handler wakes up late: it must not touch the finished roadmap.
    const before = await getRoadmap(user.id, id);
    release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await getRoadmap(user.id, id)).toEqual(before);
  }, 40_000);

  it("a job left active by a process that crashed is expired, retried and finished by a new instance", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form, new Date());
    const jobId = await jobIdOf(user.id, id);
    // What a process killed mid-job leaves behind: the job active since long ago, the roadmap half done.
    await raw.query("UPDATE pgboss.job SET state = 'active', started_on = now() - interval '10 minutes' WHERE id = $1 AND state = 'created'", [jobId]);
    await raw.query("UPDATE career_roadmap SET status = 'running', progress = 10, stage = 'Matching' WHERE id = $1", [id]);
    expect(await jobState(jobId)).toMatchObject({ state: "active" });

    // A fresh instance: its maintenance expires the job into a retry, and its workers finish it.
    const boss = createBoss({ maintenanceIntervalSeconds: 1 });
    extraBosses.push(boss);
    await startWorkers({ boss: await startBoss(boss) });
    await waitFor(async () => (await getRoadmapStatus(user.id, id))?.status === "done", 25_000, "the roadmap to be done");
    expect(await completedJob(jobId)).toMatchObject({ state: "completed", retry_count: 1 });
  }, 40_000);

  it("a job cut off on its last attempt ends as a failed roadmap that says why", async () => {
    const user = await createUser();
    const { id } = await createRoadmap(user.id, form, new Date());
    const jobId = await jobIdOf(user.id, id);
    // Every attempt so far died with its process; this was the last one allowed.
    await raw.query(
      "UPDATE pgboss.job SET state = 'active', retry_count = retry_limit, started_on = now() - interval '10 minutes' WHERE id = $1 AND state = 'created'",
      [jobId],
    );
    await raw.query("UPDATE career_roadmap SET status = 'running', progress = 35 WHERE id = $1", [id]);

    const boss = createBoss({ maintenanceIntervalSeconds: 1 });
    extraBosses.push(boss);
    await startWorkers({ boss: await startBoss(boss) });
    await waitFor(async () => (await getRoadmapStatus(user.id, id))?.status === "failed", 20_000, "the roadmap to be marked failed");
    expect(await getRoadmapStatus(user.id, id)).toMatchObject({ status: "failed", error: expect.stringContaining("interrupted several times") });
    expect(await jobState(jobId)).toMatchObject({ state: "failed" });
  }, 30_000);
});

describe("several app instances on one queue", () => {
  it("share the jobs, and every job is done exactly once", async () => {
    const user = await createUser();
    const ids = new Set<string>();
    for (let i = 0; i < 10; i++) ids.add((await createRoadmap(user.id, { ...form, experienceYears: i }, new Date())).id);

    const runs: { instance: string; roadmapId: string }[] = [];
    const counting = (instance: string): Partial<Handlers> => ({
      "roadmap-generate": async (data, meta) => {
        if (ids.has(data.roadmapId)) {
          runs.push({ instance, roadmapId: data.roadmapId });
          // Slow enough that both instances are polling while jobs remain.
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        await runRoadmapJob(data, meta);
      },
    });
    const [a, b] = [createBoss(), createBoss()];
    extraBosses.push(a, b);
    await Promise.all([startBoss(a), startBoss(b)]);
    await Promise.all([startWorkers({ boss: a, handlers: counting("a") }), startWorkers({ boss: b, handlers: counting("b") })]);

    await waitFor(
      async () => (await Promise.all([...ids].map((id) => getRoadmapStatus(user.id, id)))).every((s) => s?.status === "done"),
      30_000,
      "every roadmap to be done",
    );
    expect(runs.map((run) => run.roadmapId).sort()).toEqual([...ids].sort());
    expect(new Set(runs.map((run) => run.instance))).toEqual(new Set(["a", "b"]));
    for (const id of ids) {
      expect(await completedJob(await jobIdOf(user.id, id))).toMatchObject({ state: "completed", retry_count: 0 });
    }
  }, 45_000);
});
