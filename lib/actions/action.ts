import "server-only";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getUser, type SessionUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError, InvalidInputError, isDatabaseUnavailable } from "@/lib/errors";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation";
import { logger } from "@/lib/logger";
import { spend, type NamedLimit } from "@/lib/rate-limit";
import type { ActionState } from "@/lib/actions/state";
import { requestIdFrom } from "@/lib/request-id";
import { runWithContext } from "@/lib/request-context";

export type { ActionState } from "@/lib/actions/state";

// The one server-action wrapper: session → zod → handler → revalidate/redirect.
// Expected failures come back as state for useActionState / react-hook-form;
// unexpected ones throw to the nearest error.tsx.

/**
 * A budget the call spends one point of, after the input is valid and before the handler runs.
 * Past it the call returns the RateLimitedError message as state and the handler does not run.
 */
export type ActionRateLimit<Input, User> = NamedLimit & {
  /**
   * Whose budget a call spends. By default the user's id; for logged-out actions (`auth: false`)
   * the client's address, because there is no account to count against yet.
   */
  key?: (input: Input, user: User) => string;
  /** Calls for which this is false spend nothing (a profile save without a new photo). */
  when?: (input: Input) => boolean;
};

type Options<S extends z.ZodType, R, User> = {
  schema: S;
  /** false for actions a logged-out visitor may call (registration). */
  auth?: boolean;
  /** Paths to revalidate after success. */
  revalidate?: string[];
  /** Where to go after success. */
  redirectTo?: (result: R) => string;
  successMessage?: string;
  rateLimit?: ActionRateLimit<z.output<S>, User>;
};

type Context<Auth> = { user: Auth };

export function action<S extends z.ZodType, R>(
  options: Options<S, R, SessionUser | null> & { auth: false },
  handler: (input: z.output<S>, context: Context<SessionUser | null>) => Promise<R>,
): (previous: ActionState<R>, input: FormData | z.input<S>) => Promise<ActionState<R>>;
export function action<S extends z.ZodType, R>(
  options: Options<S, R, SessionUser>,
  handler: (input: z.output<S>, context: Context<SessionUser>) => Promise<R>,
): (previous: ActionState<R>, input: FormData | z.input<S>) => Promise<ActionState<R>>;
export function action<S extends z.ZodType, R>(
  options: Options<S, R, SessionUser>,
  handler: (input: z.output<S>, context: Context<SessionUser>) => Promise<R>,
) {
  return async (_previous: ActionState<R>, input: FormData | z.input<S>): Promise<ActionState<R>> => {
    const requestHeaders = await headers();
    return runWithContext({ requestId: requestIdFrom(requestHeaders) }, () => run(input, requestHeaders));
  };

  async function run(input: FormData | z.input<S>, requestHeaders: Headers): Promise<ActionState<R>> {
    const user = await getUser();
    if (options.auth !== false && !user) {
      return { status: "error", message: "Your session has ended. Log in again to continue.", fieldErrors: {} };
    }
    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    }

    let result: R;
    try {
      const limit = options.rateLimit;
      if (limit && (limit.when?.(parsed.data) ?? true)) {
        const key = limit.key
          ? limit.key(parsed.data, user as SessionUser)
          : options.auth === false
            ? clientIp(requestHeaders)
            : (user as SessionUser).id;
        await spend(limit, key);
      }
      result = await handler(parsed.data, { user: user as SessionUser });
    } catch (error) {
      if (error instanceof InvalidInputError) {
        return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
      }
      if (error instanceof AppError) {
        return { status: "error", message: error.message, fieldErrors: {} };
      }
      if (isDatabaseUnavailable(error)) {
        logger.error({ err: error }, "database unavailable during action");
        return { status: "error", message: "The database is unavailable right now. Nothing was changed; please try again.", fieldErrors: {} };
      }
      throw error;
    }

    for (const path of options.revalidate ?? []) revalidatePath(path);
    if (options.redirectTo) redirect(options.redirectTo(result));
    return { status: "success", message: options.successMessage, data: result };
  }
}
