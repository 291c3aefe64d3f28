import { z } from "zod";

// Every queue the app uses: its name, the shape of its jobs' data and its retry
// and expiry policy. Handlers live in lib/jobs/workers.ts, so code that only
// enqueues does not pull in every handler.

export type QueuePolicy = {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each later one. */
  retryDelay: number;
  /**
   * A job still "active" after this long is failed by pg-boss's maintenance and
   * retried: this is how work that was running in a process that died (crash,
   * kill -9, a lost container) gets done by another instance. Keep it well above
   * the slowest honest run (two AI calls of up to OPENAI_TIMEOUT_MS's 60 s cap each, a
   * Retry-After pause of up to 2 s, plus database writes).
   */
  expireInSeconds: number;
  /** Where a job goes once its retries are spent, for a handler that records the failure. */
  deadLetter?: string;
};

const RoadmapJobSchema = z.object({
  roadmapId: z.string().min(1).max(40),
  userId: z.string().min(1).max(64),
  /** The plan's first day (YYYY-MM-DD), fixed when the user asked, so a retry next week plans the same dates. */
  startDate: z.iso.date(),
});

export const QUEUES = {
  "roadmap-generate": {
    data: RoadmapJobSchema,
    policy: { retryLimit: 3, retryDelay: 5, expireInSeconds: 180, deadLetter: "roadmap-generate-dead" },
  },
  /** Jobs of roadmap-generate that ran out of retries (errors or repeated expiry): marks the roadmap failed. */
  "roadmap-generate-dead": {
    data: RoadmapJobSchema,
    policy: { retryLimit: 2, retryDelay: 5, expireInSeconds: 60 },
  },
} as const satisfies Record<string, { data: z.ZodType; policy: QueuePolicy }>;

export type QueueName = keyof typeof QUEUES;
export type JobData<Q extends QueueName> = z.output<(typeof QUEUES)[Q]["data"]>;
export type RoadmapJobData = JobData<"roadmap-generate">;

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];
