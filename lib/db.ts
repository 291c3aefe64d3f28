import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client/client";
import { env } from "@/lib/env";

// One pg pool per process, shared by Prisma and the rate limiter. Kept on
// globalThis so hot reload in development does not open a new pool per edit.
type DbGlobals = { pool?: pg.Pool; prisma?: PrismaClient };
const globals = globalThis as typeof globalThis & { __db?: DbGlobals };
const store: DbGlobals = (globals.__db ??= {});

export function pool(): pg.Pool {
  if (!store.pool) {
    store.pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      max: 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its connection (database restart) must not crash the process.
    store.pool.on("error", () => undefined);
  }
  return store.pool;
}

export function db(): PrismaClient {
  if (!store.prisma) {
    store.prisma = new PrismaClient({ adapter: new PrismaPg(pool()) });
  }
  return store.prisma;
}

export type Db = PrismaClient;
