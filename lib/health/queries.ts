import "server-only";
import { pool } from "@/lib/db";

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsUp(timeoutMs = 2_000): Promise<boolean> {
  const check = pool()
    .query("SELECT 1")
    .then(() => true)
    .catch(() => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([check, timeout]);
}
