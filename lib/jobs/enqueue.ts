import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/prisma/generated/client/client";
import { processBoss } from "@/lib/jobs/boss";
import { QUEUES, type JobData, type QueueName } from "@/lib/jobs/queues";

/**
 * pg-boss runs its SQL through whatever `db` it is given. Handing it the Prisma
 * transaction makes the job part of that transaction: the job exists exactly
 * when the rows it works on were committed, so there is never a row waiting for
 * a job that was lost, nor a job for a row that was rolled back.
 */
function transactionDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // pg-boss leaves unset options undefined; SQL wants NULL.
      const params = (values ?? []).map((value: unknown) => (value === undefined ? null : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

/** Adds a job to a queue, inside `tx` when given; returns the job's id. Policy (retries, expiry) comes from the queue. */
export async function enqueue<Q extends QueueName>(
  queue: Q,
  data: JobData<Q>,
  options: { tx?: Prisma.TransactionClient } = {},
): Promise<string> {
  const payload = QUEUES[queue].data.parse(data);
  const boss = await processBoss();
  const id = await boss.send(queue, payload, options.tx ? { db: transactionDb(options.tx) } : {});
  // null only happens for throttled or singleton sends, which no queue here uses.
  if (!id) throw new Error(`pg-boss did not create a job in ${queue}`);
  return id;
}
