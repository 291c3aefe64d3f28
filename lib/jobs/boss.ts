import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { QUEUES, QUEUE_NAMES } from "@/lib/jobs/queues";

// pg-boss keeps every job in PostgreSQL (its own `pgboss` schema, created and
// migrated by start()), so queued and half-done work survives a restart, and
// several app instances share the queues: fetching uses FOR UPDATE SKIP LOCKED,
// so each job goes to exactly one worker.

export const JOBS_SCHEMA = "pgboss";

export type BossOptions = {
  connectionString?: string;
  /**
   * How often maintenance runs (one instance at a time, through a lock in the
   * database): it fails expired "active" jobs into retry, which is what rescues
   * work from a process that died.
   */
  maintenanceIntervalSeconds?: number;
};

/** A new, unstarted instance. The app uses one per process (processBoss); tests make several to act as several instances. */
export function createBoss(options: BossOptions = {}): PgBoss {
  const boss = new PgBoss({
    connectionString: options.connectionString ?? env().DATABASE_URL,
    schema: JOBS_SCHEMA,
    application_name: "interview-prep-jobs",
    max: 4,
    // No cron jobs: the scheduler's clock checks would only add queries.
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  // Without a listener an "error" event (a dropped connection) would crash the process.
  boss.on("error", (error) => logger.error({ err: error }, "pg-boss error"));
  return boss;
}

/** Starts the instance and makes every queue exist with its current policy. */
export async function startBoss(boss: PgBoss): Promise<PgBoss> {
  await boss.start();
  // A dead-letter queue must exist before the queue that points at it.
  const ordered = [...QUEUE_NAMES].sort((a, b) => Number("deadLetter" in QUEUES[a].policy) - Number("deadLetter" in QUEUES[b].policy));
  for (const name of ordered) {
    const options = { name, ...QUEUES[name].policy };
    await boss.createQueue(name, options);
    // createQueue leaves an existing queue alone; this carries policy changes to it.
    await boss.updateQueue(name, options);
  }
  return boss;
}

type JobsGlobals = { boss?: Promise<PgBoss> };
const globals = globalThis as typeof globalThis & { __jobs?: JobsGlobals };
const store: JobsGlobals = (globals.__jobs ??= {});

/** This process's started instance, created on first use and shared by enqueue and the workers. */
export function processBoss(): Promise<PgBoss> {
  store.boss ??= startBoss(createBoss()).catch((error: unknown) => {
    // Let the next call try again (the database may be back by then).
    store.boss = undefined;
    throw error;
  });
  return store.boss;
}

/**
 * Stops this process's instance; the next processBoss() starts a fresh one, as a
 * restarted process would. Jobs still running here are failed into retry.
 */
export async function stopProcessBoss(options: PgBoss.StopOptions = {}): Promise<void> {
  const current = store.boss;
  store.boss = undefined;
  if (!current) return;
  const boss = await current.catch(() => null);
  await boss?.stop({ graceful: true, timeout: 10_000, wait: true, ...options });
}
