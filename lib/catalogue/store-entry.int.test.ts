import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import type { Database } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { audit, entry, PARTICIPANT } from "@/test/support/entry-factory";
import { entryCreateData, entryRows, type EntryCreateOptions } from "./entry-create-data";
import { storeEntry, type StoreEntryOptions } from "./store-entry";

// The one-statement store of publishing against the same rows written through Prisma's nested create
// (the route harvested copies take, and publishing took before): every column of every row, generated
// and trigger-kept ones included, must come out the same.

const publish = (options: Omit<StoreEntryOptions, "deprecatePredecessors">) => storeEntry({ ...options, deprecatePredecessors: true });

/** Every row of the tables a publish writes, as JSON, without the ids each route makes itself and the audit time. */
async function snapshot(database: Database) {
  const tables = [
    ["SelfDescription", `"hash"`],
    ["SearchProjection", `"selfDescriptionHash"`],
    ["VerificationResult", `"selfDescriptionHash"`],
    ["ValidationReport", `"selfDescriptionHash"`],
    ["AuditEvent", `"subjectId"`],
  ] as const;
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of tables) {
    const found = await database.sql.query<{ row: unknown }>(`SELECT to_jsonb(t) - 'id' - 'at' AS "row" FROM "${table}" t ORDER BY ${key}`);
    rows[table] = found.map((item) => item.row);
  }
  return rows;
}

describe.each(testDatabaseTargets())("storing a published entry in one statement on $name", (target) => {
  const database = withTestDatabase(target);

  it("writes the same rows as the Prisma nested create, predecessor deprecation and audit rows included", async () => {
    const v1 = entry("Version 1", ["urn:ds:1"], "2026-03-01T10:00:00.000Z");
    const v2 = entry("Version 2", ["urn:ds:1"], "2026-03-02T10:00:00.000Z");

    await database.current().prisma.participant.create({ data: PARTICIPANT });
    expect(await publish({ sql: database.current().sql, rows: entryRows(v1), audit })).toEqual({ previousHash: null, deprecated: [] });
    const hash1 = v1.submission.hash;
    expect(await publish({ sql: database.current().sql, rows: entryRows(v2), audit })).toEqual({ previousHash: hash1, deprecated: [hash1] });

    const reference = await target.open();
    try {
      await reference.prisma.participant.create({ data: PARTICIPANT });
      const auditOf = (options: EntryCreateOptions, deprecated: string[]) => ({
        ...audit,
        subjectType: "SelfDescription",
        subjectId: options.submission.hash,
        detail: { format: "JSONLD_VC", deprecated },
      });
      await reference.prisma.$transaction(async (tx) => {
        await tx.selfDescription.create({ data: entryCreateData(v1) });
        await recordAuditEvent(tx, auditOf(v1, []));
      });
      await reference.prisma.$transaction(async (tx) => {
        await tx.selfDescription.update({
          where: { hash: hash1 },
          data: { status: "DEPRECATED", deprecatedAt: v2.now, statusChangedAt: v2.now, updatedAt: v2.writtenAt },
        });
        await tx.selfDescription.create({ data: entryCreateData({ ...v2, previousHash: hash1 }) });
        await recordAuditEvent(tx, auditOf(v2, [hash1]));
      });
      const [stored, expected] = [await snapshot(database.current()), await snapshot(reference)];
      expect(stored.SelfDescription).toHaveLength(2);
      expect(stored).toEqual(expected);
    } finally {
      await reference.drop();
    }
  });

  it("deprecates only the issuer's active entries sharing a subject, names them newest first and links the newest", async () => {
    const sql = database.current().sql;
    await database.current().prisma.participant.create({ data: PARTICIPANT });
    const older = entry("Older", ["urn:ds:a"], "2026-03-01T10:00:00.000Z");
    const newer = entry("Newer", ["urn:ds:b"], "2026-03-02T10:00:00.000Z");
    const otherSubject = entry("Other subject", ["urn:ds:c"], "2026-03-03T10:00:00.000Z");
    const otherIssuer = entry("Other issuer", ["urn:ds:a"], "2026-03-04T10:00:00.000Z", "did:web:someone-else.test");
    for (const options of [older, newer, otherSubject, otherIssuer]) await publish({ sql, rows: entryRows(options), audit });

    const both = entry("Both subjects", ["urn:ds:a", "urn:ds:b"], "2026-03-05T10:00:00.000Z");
    const stored = await publish({ sql, rows: entryRows(both), audit });
    expect(stored).toEqual({ previousHash: newer.submission.hash, deprecated: [newer.submission.hash, older.submission.hash] });

    const rows = await database.current().prisma.selfDescription.findMany({ select: { hash: true, status: true, deprecatedAt: true, previousHash: true } });
    const byHash = new Map(rows.map((row) => [row.hash, row]));
    expect(byHash.get(older.submission.hash)).toMatchObject({ status: "DEPRECATED", deprecatedAt: both.now });
    expect(byHash.get(newer.submission.hash)).toMatchObject({ status: "DEPRECATED", deprecatedAt: both.now });
    expect(byHash.get(otherSubject.submission.hash)).toMatchObject({ status: "ACTIVE", deprecatedAt: null });
    expect(byHash.get(otherIssuer.submission.hash)).toMatchObject({ status: "ACTIVE", deprecatedAt: null });
    expect(byHash.get(both.submission.hash)).toMatchObject({ status: "ACTIVE", previousHash: newer.submission.hash });
    const auditRow = await database.current().prisma.auditEvent.findFirstOrThrow({ where: { subjectId: both.submission.hash } });
    expect(auditRow).toMatchObject({
      action: "self-description.published",
      actorUserId: "user-1",
      actorParticipantId: PARTICIPANT.id,
      requestId: "req-1",
      detail: { format: "JSONLD_VC", deprecated: [newer.submission.hash, older.submission.hash] },
    });
  });

  it("leaves nothing behind when the statement fails: no row, no audit, no predecessor deprecated", async () => {
    const sql = database.current().sql;
    await database.current().prisma.participant.create({ data: PARTICIPANT });
    const stored = entry("Stored", ["urn:ds:x"], "2026-03-01T10:00:00.000Z");
    const active = entry("Active", ["urn:ds:y"], "2026-03-02T10:00:00.000Z");
    await publish({ sql, rows: entryRows(stored), audit });
    await publish({ sql, rows: entryRows(active), audit });
    const before = await snapshot(database.current());

    // A document for the active entry's subject whose hash collides with the stored one: the insert fails
    // after the predecessor was already deprecated within the statement.
    const colliding = entry("Colliding", ["urn:ds:y"], "2026-03-03T10:00:00.000Z");
    colliding.submission = { ...colliding.submission, hash: stored.submission.hash };
    const failure = await publish({ sql, rows: entryRows(colliding), audit }).catch((error: unknown) => error);
    expect(isUniqueViolation(failure)).toBe(true);
    expect(await snapshot(database.current())).toEqual(before);
  });
});
