import type { Instrumentation } from "next";

// Runs once when a server instance starts: fail fast on a bad environment, then
// start the background job workers.
//
// One of the few modules allowed to read process.env (docs/decisions/027): NEXT_RUNTIME and
// NEXT_PHASE are set by Next.js, not by whoever configures the app, and Next's documented pattern
// tests NEXT_RUNTIME literally so that the bundle for each runtime drops the other's imports.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    // `next build` can load this file while prerendering; only a serving instance
    // may connect to the database and take jobs.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startWorkers } = await import("@/lib/jobs");
      // Not awaited: serving pages must not wait for the job queue. Jobs sent
      // meanwhile wait in PostgreSQL; failed starts are retried in the background.
      void startWorkers({ retry: true });
    }
  }
}

// Errors thrown while rendering a page or running an action that no wrapper
// caught: one structured line with the request id proxy.ts gave the request.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/logger");
  const header = request.headers["x-request-id"];
  logger.error(
    {
      err: error,
      requestId: Array.isArray(header) ? header[0] : header,
      path: request.path,
      routeType: context.routeType,
    },
    "unhandled error while serving a request",
  );
};
