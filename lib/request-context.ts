import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// What every log line written while serving a request (or working a job) carries,
// without passing a logger down through every function: the wrappers open a
// context, lib/logger.ts reads it.

export type RequestContext = { requestId: string } | { jobId: string; queue: string };

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
