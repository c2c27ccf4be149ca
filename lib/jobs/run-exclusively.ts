import "server-only";
import { db, Prisma } from "@/lib/db";

// Scheduled jobs run once across all portal instances sharing a database: each run takes a
// transaction-scoped advisory lock; an instance that does not get it skips this round.

const JOB_KEYS = { "expire-entries": 7_340_221_902, "revalidate-entries": 7_340_221_903, "federation-sync": 7_340_221_904 } as const;
export type JobName = keyof typeof JOB_KEYS;

export async function runExclusively<T>(job: JobName, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return db().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${JOB_KEYS[job]}::bigint) AS locked`;
      if (!row?.locked) return { ran: false as const };
      return { ran: true as const, result: await work(tx) };
    },
    { timeout: 60_000 },
  );
}
