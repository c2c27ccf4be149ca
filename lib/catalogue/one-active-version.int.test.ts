import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { audit, entry, ISSUER, PARTICIPANT } from "@/test/support/entry-factory";
import { migrateDatabase, readMigrationFiles } from "@/lib/db/migrate";
import type { Database } from "@/lib/db/open-database";
import { entryCreateData, entryRows } from "./entry-create-data";
import { storeEntry } from "./store-entry";

// Issue 21: parallel new versions of one subject by one issuer must leave exactly one ACTIVE entry and a
// total version chain (each version points to the one it replaced: no gaps, no forks), on both databases.

const ROUNDS = 20;
const VERSIONS = 5;

async function versionsOf(database: Database, subject: string) {
  return database.sql.query<{ hash: string; status: string; previousHash: string | null }>(
    `SELECT "hash", "status"::text AS "status", "previousHash" FROM "SelfDescription" WHERE "issuerDid" = $1 AND $2 = ANY("subjectIds")`,
    [ISSUER, subject],
  );
}

/** One chain through all versions: one start, each other version after exactly one, one ACTIVE at the end. */
function expectTotalChain(rows: { hash: string; status: string; previousHash: string | null }[]) {
  const hashes = new Set(rows.map((row) => row.hash));
  const starts = rows.filter((row) => row.previousHash === null);
  expect(starts).toHaveLength(1);
  for (const row of rows) if (row.previousHash) expect(hashes.has(row.previousHash)).toBe(true);
  expect(new Set(rows.map((row) => row.previousHash).filter(Boolean)).size).toBe(rows.length - 1);
  const next = new Map(rows.filter((row) => row.previousHash).map((row) => [row.previousHash as string, row]));
  let last = starts[0];
  let length = 1;
  while (last && next.has(last.hash)) {
    last = next.get(last.hash);
    length += 1;
  }
  expect(length).toBe(rows.length);
  expect(rows.filter((row) => row.status === "ACTIVE").map((row) => row.hash)).toEqual([last?.hash]);
}

describe.each(testDatabaseTargets())("one ACTIVE version per subject on $name", (target) => {
  const database = withTestDatabase(target);

  it(`keeps one ACTIVE entry and a total chain when ${VERSIONS} versions of a subject arrive in parallel (${ROUNDS} rounds)`, async () => {
    await database.current().prisma.participant.create({ data: PARTICIPANT });
    for (let round = 0; round < ROUNDS; round += 1) {
      const subject = `urn:ds:parallel-${round}`;
      const versions = Array.from({ length: VERSIONS }, (_, index) =>
        entry(`Round ${round} version ${index}`, [subject], new Date(Date.UTC(2026, 2, 1, 10, round, index)).toISOString()),
      );
      await Promise.all(versions.map((version) => storeEntry({ sql: database.current().sql, rows: entryRows(version), audit, deprecatePredecessors: true })));
      const rows = await versionsOf(database.current(), subject);
      expect(rows).toHaveLength(VERSIONS);
      expectTotalChain(rows);
    }
  });

  it("refuses a second ACTIVE entry for the same issuer and subject from any writer, Prisma included", async () => {
    await database.current().prisma.participant.create({ data: PARTICIPANT });
    const first = entry("First", ["urn:ds:rule"], "2026-03-01T10:00:00.000Z");
    await storeEntry({ sql: database.current().sql, rows: entryRows(first), audit, deprecatePredecessors: true });
    // A writer that forgets to deprecate the predecessor is stopped by the database itself.
    const second = entry("Second", ["urn:ds:rule"], "2026-03-02T10:00:00.000Z");
    await expect(database.current().prisma.selfDescription.create({ data: entryCreateData(second) })).rejects.toThrow(/ActiveSubject|Unique constraint/);
    await expect(storeEntry({ sql: database.current().sql, rows: entryRows(second), audit, deprecatePredecessors: false })).rejects.toThrow(/ActiveSubject/);
    // Once the first is revoked, the subject is free again.
    await database.current().prisma.selfDescription.update({ where: { hash: first.submission.hash }, data: { status: "REVOKED" } });
    await database.current().prisma.selfDescription.create({ data: entryCreateData(second) });
    expect((await versionsOf(database.current(), "urn:ds:rule")).filter((row) => row.status === "ACTIVE").map((row) => row.hash)).toEqual([
      second.submission.hash,
    ]);
  });
});

describe.each(testDatabaseTargets())("migration 0007 repairs forked catalogues on $name", (target) => {
  it("keeps the newest ACTIVE entry of each subject, deprecates the others, rebuilds the chain and audits it", async () => {
    const migrations = await readMigrationFiles(path.resolve("prisma/migrations"));
    const before0007 = migrations.filter((migration) => migration.name < "0007");
    // A database migrated only up to 0006, for a catalogue as the racing store left it.
    const database = await target.open({ migrations: before0007 });
    try {
      await database.prisma.participant.create({ data: PARTICIPANT });
      const [v1, v2, v3, v4] = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"].map((day, index) =>
        entry(`Version ${index + 1}`, ["urn:ds:forked"], `${day}T10:00:00.000Z`),
      );
      const other = entry("Untouched", ["urn:ds:healthy"], "2026-03-01T10:00:00.000Z");
      // The race: v1 deprecated and chained by v2, then v3 and v4 both ACTIVE and unchained (a fork and a gap).
      await database.prisma.selfDescription.create({ data: entryCreateData({ ...v1!, status: "DEPRECATED" }) });
      await database.prisma.selfDescription.create({ data: entryCreateData({ ...v2!, previousHash: v1!.submission.hash }) });
      await database.prisma.selfDescription.create({ data: entryCreateData(v3!) });
      await database.prisma.selfDescription.create({ data: entryCreateData(v4!) });
      await database.prisma.selfDescription.create({ data: entryCreateData(other) });

      await migrateDatabase({ sql: database.sql, migrations });

      const rows = await database.sql.query<{ hash: string; status: string; previousHash: string | null }>(
        `SELECT "hash", "status"::text AS "status", "previousHash" FROM "SelfDescription" WHERE 'urn:ds:forked' = ANY("subjectIds") ORDER BY "createdAt"`,
      );
      expect(rows.map((row) => [row.hash, row.status, row.previousHash])).toEqual([
        [v1!.submission.hash, "DEPRECATED", null],
        [v2!.submission.hash, "DEPRECATED", v1!.submission.hash],
        [v3!.submission.hash, "DEPRECATED", v2!.submission.hash],
        [v4!.submission.hash, "ACTIVE", v3!.submission.hash],
      ]);
      expect(await database.prisma.selfDescription.findUniqueOrThrow({ where: { hash: other.submission.hash } })).toMatchObject({
        status: "ACTIVE",
        previousHash: null,
      });
      const audited = await database.prisma.auditEvent.findMany({
        where: { action: { in: ["self-description.deprecated-by-repair", "self-description.chain-repaired"] } },
        orderBy: { id: "asc" },
      });
      expect(audited.map((event) => [event.action, event.subjectId])).toEqual(
        expect.arrayContaining([
          ["self-description.deprecated-by-repair", v2!.submission.hash],
          ["self-description.deprecated-by-repair", v3!.submission.hash],
          ["self-description.chain-repaired", v3!.submission.hash],
          ["self-description.chain-repaired", v4!.submission.hash],
        ]),
      );
      expect(audited).toHaveLength(4);
      expect(await database.prisma.activeSubject.findMany({ orderBy: { subjectId: "asc" } })).toEqual([
        { issuerDid: ISSUER, subjectId: "urn:ds:forked", selfDescriptionHash: v4!.submission.hash },
        { issuerDid: ISSUER, subjectId: "urn:ds:healthy", selfDescriptionHash: other.submission.hash },
      ]);
    } finally {
      await database.drop();
    }
  });
});
