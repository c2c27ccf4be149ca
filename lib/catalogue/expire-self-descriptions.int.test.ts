import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createTestEntry } from "@/test/support/catalogue-factory";
import { expireSelfDescriptions } from "./expire-self-descriptions";

describe.each(testDatabaseTargets())("expiry job on $name", (target) => {
  const database = withTestDatabase(target);

  it("turns entries past validUntil into EOL once, and leaves the others", async () => {
    const db = database.current();
    const old = await createTestEntry(db, { "gx:name": "Expired" });
    const fresh = await createTestEntry(db, { "gx:name": "Fresh" });
    await db.prisma.selfDescription.update({ where: { hash: old.hash }, data: { validUntil: new Date("2026-01-01") } });
    await db.prisma.selfDescription.update({ where: { hash: fresh.hash }, data: { validUntil: new Date("2030-01-01") } });

    const first = await expireSelfDescriptions({ now: new Date("2026-06-01") });
    expect(first).toEqual({ ran: true, result: { expired: [old.hash] } });
    const second = await expireSelfDescriptions({ now: new Date("2026-06-01") });
    expect(second).toEqual({ ran: true, result: { expired: [] } });
    const statuses = await db.prisma.selfDescription.findMany({ select: { hash: true, status: true }, orderBy: { hash: "asc" } });
    expect(Object.fromEntries(statuses.map((s) => [s.hash, s.status]))).toEqual({ [old.hash]: "EOL", [fresh.hash]: "ACTIVE" });
    expect(await db.prisma.auditEvent.count({ where: { action: "self-description.expired" } })).toBe(1);
  });
});

// Two instances share one PostgreSQL server; the embedded database has a single connection, so the
// contention case exists only there.
describe.each(testDatabaseTargets().filter((t) => t.name === "postgresql"))("expiry job with two instances on $name", (target) => {
  const database = withTestDatabase(target);

  it("skips the round while another instance holds the job's lock", async () => {
    const db = database.current();
    const entry = await createTestEntry(db, { "gx:name": "Expired" });
    await db.prisma.selfDescription.update({ where: { hash: entry.hash }, data: { validUntil: new Date("2026-01-01") } });
    const whileLocked = await db.sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(7340221902)");
      return expireSelfDescriptions({ now: new Date("2026-06-01") });
    });
    expect(whileLocked).toEqual({ ran: false });
    expect((await db.prisma.selfDescription.findUniqueOrThrow({ where: { hash: entry.hash } })).status).toBe("ACTIVE");
    expect(await expireSelfDescriptions({ now: new Date("2026-06-01") })).toEqual({ ran: true, result: { expired: [entry.hash] } });
  });
});
