// Expected failures. The action and route-handler wrappers turn these into
// form state or JSON errors; anything else is an unexpected error.

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super(message, 404, "not_found");
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "You need to log in") {
    super(message, 401, "unauthorized");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that") {
    super(message, 403, "forbidden");
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
  ) {
    super(message, 429, "rate_limited");
  }
}

/** A request that is well-formed but cannot be carried out, with optional per-field messages. */
export class InvalidInputError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 400, "invalid_input");
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = "The service is temporarily unavailable. Please try again.") {
    super(message, 503, "unavailable");
  }
}

/**
 * True for errors that mean the database could not be reached (down, restarting, or dropped the
 * connection), or that no connection came free in time: a pool timeout and Prisma's P2028 ("Unable
 * to start a transaction in the given time") are the same saturated pool, seen by a plain query and
 * by a transaction. Both deserve 503 and "try again", not 500 (found by `npm run load`, decision 032).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // A client that hung up mid-request also surfaces as ECONNRESET ("aborted"); that is not the database.
  if (error.message === "aborted") return false;
  const text = `${error.name} ${error.message} ${(error as { code?: string }).code ?? ""}`;
  return /ECONNREFUSED|ECONNRESET|57P01|57P02|57P03|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Connection terminated|Client has encountered a connection error|connect ETIMEDOUT|timeout exceeded when trying to connect|DatabaseNotReachable|P1001|P1017|P2028|Unable to start a transaction in the given time/i.test(
    text,
  );
}

/**
 * A write that lost a race with a delete: the row it updates (P2025) or the row it points to
 * (P2003, a foreign key) is gone, for example the account was deleted while the page still sent
 * samples. To the caller that thing no longer exists.
 */
export function isGoneConcurrently(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && (code === "P2003" || code === "P2025");
}

