import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

export const TEST_CLOCK_COOKIE = "test-now";

/**
 * The current time. End-to-end tests move the server's clock with a cookie,
 * which is honoured only when the server runs with TEST_CLOCK=1 (the Playwright
 * server does; `npm start` never sets it).
 */
export async function now(): Promise<Date> {
  if (env().TEST_CLOCK) {
    const value = (await cookies()).get(TEST_CLOCK_COOKIE)?.value;
    if (value && !Number.isNaN(Date.parse(value))) return new Date(value);
  }
  return new Date();
}
