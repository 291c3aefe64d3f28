import "server-only";

// Background jobs on pg-boss (see lib/jobs/boss.ts). Queues and their data are
// declared in lib/jobs/queues.ts, handlers registered in lib/jobs/workers.ts.
export { enqueue } from "@/lib/jobs/enqueue";
export { startWorkers } from "@/lib/jobs/workers";
export { stopProcessBoss as stopJobs } from "@/lib/jobs/boss";
