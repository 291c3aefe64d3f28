import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getUser, type SessionUser } from "@/lib/auth/session";
import { AppError, InvalidInputError, RateLimitedError, isDatabaseUnavailable, isGoneConcurrently } from "@/lib/errors";
import { spend, type NamedLimit } from "@/lib/rate-limit";
import { fieldErrorsOf } from "@/lib/validation";
import { jsonError } from "@/lib/api/json";
import { logger } from "@/lib/logger";
import { requestIdFrom } from "@/lib/request-id";
import { runWithContext } from "@/lib/request-context";

// The one route-handler wrapper: request id → origin check → session → rate
// limit → zod → handler → JSON. Every failure is a JSON error; no HTML, no stack.

type RouteParams = Record<string, string | string[]>;
type NextContext = { params: Promise<RouteParams> };

type Options<B extends z.ZodType | undefined, A extends boolean, P extends z.ZodType | undefined> = {
  auth?: A;
  body?: B;
  /**
   * The path parameters' schema. A request whose parameters fail it (an id that is too long,
   * empty or otherwise malformed) is answered 404, like any other resource that doesn't exist.
   */
  params?: P;
  /** Per-user (or per-IP when logged out) budget. */
  rateLimit?: NamedLimit;
  /** Largest accepted request body; larger ones get 413 before parsing. */
  maxBodyBytes?: number;
};

type HandlerContext<B, U, P> = {
  req: NextRequest;
  user: U;
  body: B;
  params: P;
  requestId: string;
  log: typeof logger;
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function sameOrigin(req: NextRequest): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return true; // non-browser clients send none; cookies are SameSite=Lax
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function route<
  B extends z.ZodType | undefined = undefined,
  A extends boolean = true,
  P extends z.ZodType | undefined = undefined,
>(
  options: Options<B, A, P>,
  handler: (
    context: HandlerContext<
      B extends z.ZodType ? z.output<B> : undefined,
      A extends false ? SessionUser | null : SessionUser,
      P extends z.ZodType ? z.output<P> : RouteParams
    >,
  ) => Promise<Response | object>,
) {
  return async (req: NextRequest, next: NextContext): Promise<Response> => {
    const requestId = requestIdFrom(req.headers);
    return runWithContext({ requestId }, () => handle(req, next, requestId));
  };

  async function handle(req: NextRequest, next: NextContext, requestId: string): Promise<Response> {
    const log = logger.child({ method: req.method, path: req.nextUrl.pathname });
    const withId = (response: Response): Response => {
      response.headers.set("x-request-id", requestId);
      return response;
    };
    try {
      if (STATE_CHANGING.has(req.method) && !sameOrigin(req)) {
        return withId(jsonError(403, "bad_origin", "Cross-site requests are not allowed", { requestId }));
      }
      const user = await getUser();
      if (options.auth !== false && !user) {
        return withId(jsonError(401, "unauthorized", "You need to log in", { requestId }));
      }
      if (options.rateLimit) {
        const key = user?.id ?? req.headers.get("x-forwarded-for") ?? "anonymous";
        await spend(options.rateLimit, key);
      }

      let params: unknown = await next.params;
      if (options.params) {
        const parsed = options.params.safeParse(params);
        if (!parsed.success) return withId(jsonError(404, "not_found", "Not found", { requestId }));
        params = parsed.data;
      }

      let body: unknown = undefined;
      if (options.body) {
        const type = req.headers.get("content-type") ?? "";
        if (!type.toLowerCase().startsWith("application/json")) {
          return withId(jsonError(415, "unsupported_media_type", "Send the body as application/json", { requestId }));
        }
        const limit = options.maxBodyBytes ?? 256 * 1024;
        const declared = Number(req.headers.get("content-length") ?? "0");
        if (declared > limit) {
          return withId(jsonError(413, "payload_too_large", `The body must be at most ${limit} bytes`, { requestId }));
        }
        let text: string;
        try {
          text = await req.text();
        } catch {
          // The client hung up while sending the body; nothing was read, nothing changes.
          return withId(jsonError(400, "aborted", "The request body did not arrive completely", { requestId }));
        }
        if (Buffer.byteLength(text) > limit) {
          return withId(jsonError(413, "payload_too_large", `The body must be at most ${limit} bytes`, { requestId }));
        }
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return withId(jsonError(400, "invalid_json", "The body is not valid JSON", { requestId }));
        }
        const parsed = options.body.safeParse(json);
        if (!parsed.success) {
          return withId(
            jsonError(400, "invalid_input", "Some fields are invalid", {
              fieldErrors: fieldErrorsOf(parsed.error),
              requestId,
            }),
          );
        }
        body = parsed.data;
      }

      const result = await handler({
        req,
        user: user as never,
        body: body as never,
        params: params as never,
        requestId,
        log,
      });
      return withId(result instanceof Response ? result : NextResponse.json(result));
    } catch (error) {
      if (error instanceof RateLimitedError) {
        return withId(
          jsonError(429, error.code, error.message, {
            requestId,
            headers: { "Retry-After": String(error.retryAfterSeconds) },
          }),
        );
      }
      if (error instanceof InvalidInputError) {
        return withId(jsonError(400, error.code, error.message, { fieldErrors: error.fieldErrors, requestId }));
      }
      if (error instanceof AppError) {
        return withId(jsonError(error.status, error.code, error.message, { requestId }));
      }
      if (isGoneConcurrently(error)) {
        log.warn({ err: error }, "write lost a race with a delete");
        return withId(jsonError(404, "not_found", "Not found", { requestId }));
      }
      if (isDatabaseUnavailable(error)) {
        log.error({ err: error }, "database unavailable");
        return withId(
          jsonError(503, "unavailable", "The database is unavailable right now. Please try again shortly.", {
            requestId,
            headers: { "Retry-After": "5" },
          }),
        );
      }
      log.error({ err: error }, "unhandled error in route handler");
      return withId(jsonError(500, "internal", "Something went wrong on our side.", { requestId }));
    }
  }
}
