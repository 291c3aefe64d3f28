import "server-only";
import type PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import { runWithContext } from "@/lib/request-context";
import { processBoss } from "@/lib/jobs/boss";
import { QUEUES, QUEUE_NAMES, type JobData, type QueueName } from "@/lib/jobs/queues";
import { abandonRoadmapJob, runRoadmapJob, type JobMeta } from "@/lib/roadmap/job";

export type JobHandler<Q extends QueueName> = (data: JobData<Q>, meta: JobMeta) => Promise<void>;
export type Handlers = { [Q in QueueName]: JobHandler<Q> };

/** The registry: which function works each queue. */
export const HANDLERS: Handlers = {
  "roadmap-generate": runRoadmapJob,
  "roadmap-generate-dead": abandonRoadmapJob,
};

/** Jobs one instance works on at once, per queue. */
const CONCURRENCY = 2;
/** How often an idle worker looks for new jobs: the longest a new job waits. */
const POLLING_SECONDS = 1;

const started = new WeakSet<PgBoss>();

async function work<Q extends QueueName>(boss: PgBoss, queue: Q, handler: JobHandler<Q>): Promise<void> {
  for (let i = 0; i < CONCURRENCY; i++) {
    await boss.work<unknown>(queue, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: POLLING_SECONDS }, async (jobs) => {
      for (const job of jobs) {
        const data = QUEUES[queue].data.parse(job.data) as JobData<Q>;
        await runWithContext({ jobId: job.id, queue }, () =>
          handler(data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit }),
        );
      }
    });
  }
}

/** Seconds between attempts when the database is not reachable at start-up. */
const START_RETRY_SECONDS = 10;

/**
 * Starts workers for every queue on `boss` (this process's instance by default).
 * Idempotent per instance: instrumentation and tests may call it more than once.
 * `handlers` replaces some handlers, for tests that need to observe or stall a job.
 * With `retry`, a failed start (database still starting) is logged and tried
 * again until it works, instead of leaving this instance without workers.
 */
export async function startWorkers(options: { boss?: PgBoss; handlers?: Partial<Handlers>; retry?: boolean } = {}): Promise<PgBoss> {
  for (;;) {
    try {
      const boss = options.boss ?? (await processBoss());
      if (started.has(boss)) return boss;
      started.add(boss);
      const pick = <Q extends QueueName>(queue: Q): JobHandler<Q> => (options.handlers?.[queue] ?? HANDLERS[queue]) as JobHandler<Q>;
      for (const queue of QUEUE_NAMES) await work(boss, queue, pick(queue));
      logger.info({ queues: QUEUE_NAMES }, "job workers started");
      return boss;
    } catch (error) {
      if (!options.retry) throw error;
      logger.error({ err: error }, `could not start the job workers; trying again in ${START_RETRY_SECONDS} s`);
      await new Promise((resolve) => setTimeout(resolve, START_RETRY_SECONDS * 1000));
    }
  }
}
