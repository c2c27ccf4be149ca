import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./open-database";
import { migrateDatabase, readMigrationFiles, type MigrationFile } from "./migrate";
import { testDatabaseTargets } from "@/test/support/test-databases";

function migration(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: `sum-${sql.length}-${name}` };
}

describe.each(testDatabaseTargets())("migration runner on $name", (target) => {
  let database: Database & { drop(): Promise<void> };
  beforeEach(async () => {
    database = await target.open();
  });
  afterEach(async () => {
    await database.drop();
  });

  it("has applied the committed migrations and is safe to run twice", async () => {
    const migrations = await readMigrationFiles(path.resolve("prisma/migrations"));
    const again = await migrateDatabase({ sql: database.sql, migrations });
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(migrations.map((m) => m.name));
    expect(await database.prisma.participant.count()).toBe(0);
  });

  it("applies new migrations in order and records them", async () => {
    const base = await readMigrationFiles(path.resolve("prisma/migrations"));
    const extra = [migration("9001_a", `CREATE TABLE "t_a" (id int)`), migration("9002_b", `ALTER TABLE "t_a" ADD COLUMN b int`)];
    const report = await migrateDatabase({ sql: database.sql, migrations: [...base, ...extra] });
    expect(report.applied).toEqual(["9001_a", "9002_b"]);
    const rows = await database.sql.query<{ name: string }>(`SELECT name FROM "_dataloft_migrations" ORDER BY name`);
    expect(rows.map((r) => r.name).slice(-2)).toEqual(["9001_a", "9002_b"]);
  });

  it("rolls back a failing migration completely", async () => {
    const base = await readMigrationFiles(path.resolve("prisma/migrations"));
    const broken = migration("9001_broken", `CREATE TABLE "t_half" (id int); SELECT 1/0;`);
    await expect(migrateDatabase({ sql: database.sql, migrations: [...base, broken] })).rejects.toThrow(/division by zero/);
    const table = await database.sql.query(`SELECT to_regclass('public.t_half') AS t`);
    expect(table[0]).toEqual({ t: null });
    const recorded = await database.sql.query(`SELECT 1 FROM "_dataloft_migrations" WHERE name = '9001_broken'`);
    expect(recorded).toHaveLength(0);
  });

  it("refuses a database that is ahead of the code", async () => {
    const base = await readMigrationFiles(path.resolve("prisma/migrations"));
    await database.sql.query(`INSERT INTO "_dataloft_migrations" (name, checksum) VALUES ('9999_future', 'x')`);
    await expect(migrateDatabase({ sql: database.sql, migrations: base })).rejects.toThrow(/ahead of this code.*9999_future/);
  });

  it("refuses a migration edited after it was applied", async () => {
    const base = await readMigrationFiles(path.resolve("prisma/migrations"));
    const edited = base.map((m, index) => (index === 0 ? { ...m, checksum: "changed" } : m));
    await expect(migrateDatabase({ sql: database.sql, migrations: edited })).rejects.toThrow(/changed after it was applied/);
  });

  it("keeps the audit trail append-only", async () => {
    const event = await database.prisma.auditEvent.create({ data: { action: "test", subjectType: "T", subjectId: "1" } });
    await expect(database.prisma.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(database.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await database.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test");
  });

  it("round-trips arrays, JSON and bytes through the driver adapter", async () => {
    const participant = await database.prisma.participant.create({ data: { slug: "p", legalName: "P", did: "did:web:p", kind: "ORGANISATION" } });
    const bytes = new TextEncoder().encode('{"a": 1}\n');
    await database.prisma.selfDescription.create({
      data: {
        hash: "h1",
        content: bytes,
        contentType: "application/ld+json",
        format: "JSONLD_VC",
        subjectIds: ["urn:a", "urn:b"],
        types: ["gx:DataResource"],
        issuerDid: participant.did,
        publishedById: participant.id,
        verification: { create: { verified: true, format: "JSONLD_VC", checks: [{ id: "x", passed: true }], warnings: [], errors: [], verifierVersion: "t" } },
      },
    });
    const stored = await database.prisma.selfDescription.findUniqueOrThrow({ where: { hash: "h1" }, include: { verification: true } });
    expect(Buffer.from(stored.content).toString("utf8")).toBe('{"a": 1}\n');
    expect(stored.subjectIds).toEqual(["urn:a", "urn:b"]);
    expect(stored.verification?.checks).toEqual([{ id: "x", passed: true }]);
  });
});

describe("embedded database on disk", () => {
  it("keeps its data across a restart", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dataloft-pglite-"));
    try {
      const migrations = await readMigrationFiles(path.resolve("prisma/migrations"));
      const first = openDatabase({ dataDir: dir });
      await migrateDatabase({ sql: first.sql, migrations });
      await first.prisma.participant.create({ data: { slug: "kept", legalName: "Kept", did: "did:web:kept", kind: "CITIZEN" } });
      await first.close();

      const second = openDatabase({ dataDir: dir });
      const report = await migrateDatabase({ sql: second.sql, migrations });
      expect(report.applied).toEqual([]);
      expect((await second.prisma.participant.findUniqueOrThrow({ where: { slug: "kept" } })).legalName).toBe("Kept");
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
