import "server-only";
import type pg from "pg";
import { pool } from "@/lib/db";

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsUp(timeoutMs = 2_000, client: pg.Pool = pool()): Promise<boolean> {
  const check = client
    .query("SELECT 1")
    .then(() => true)
    .catch(() => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([check, timeout]);
}
