import { getDatabase, type Prisma } from "@/lib/db";

/** Runs a composed statement on the raw executor (no ORM round-trip cost; same SQL on both databases). */
export function runSql<Row>(statement: Prisma.Sql): Promise<Row[]> {
  return getDatabase().sql.query<Row>(statement.text, statement.values);
}

/**
 * Runs a statement that must read through indexes. The planner estimates how many entries match a text
 * query as if its words were independent, and may then read the whole table for a query that matches a
 * handful; callers use this only where they know (from a bounded probe or walk) that the match is narrow
 * or the read is bounded, so an index plan is the right one.
 */
export function runIndexed<Row>(statement: Prisma.Sql): Promise<Row[]> {
  return getDatabase().sql.transaction(async (tx) => {
    // Disabling a plan type only adds a huge cost to it; without jit = off that cost alone would make
    // PostgreSQL compile the query (over 100 ms) even where a sequential read is the only plan left.
    await tx.exec("SET LOCAL enable_seqscan = off; SET LOCAL jit = off");
    return tx.query<Row>(statement.text, statement.values);
  });
}
