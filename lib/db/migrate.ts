import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlExecutor } from "./sql-executor";

// The project's own migration runner: Prisma's `migrate deploy` does not work offline through driver
// adapters (see STACK.md). Files are prisma/migrations/<ordered name>/migration.sql, written with
// `npm run db:diff`. Each runs in its own transaction under an advisory lock, so two portal instances
// starting together apply it once.

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const LOCK_KEY = 7_340_221_901; // arbitrary, constant: "dataLOFT migrations"

export class MigrationError extends Error {
  override name = "MigrationError";
}

export async function readMigrationFiles(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function migrateDatabase(options: { sql: SqlExecutor; migrations: MigrationFile[] }): Promise<MigrationReport> {
  const { sql, migrations } = options;
  await sql.exec(`CREATE TABLE IF NOT EXISTS "_dataloft_migrations" (
    "name" TEXT PRIMARY KEY,
    "checksum" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
  )`);

  const known = new Map(migrations.map((migration) => [migration.name, migration]));
  const recorded = await sql.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_dataloft_migrations"`);
  const unknown = recorded.filter((row) => !known.has(row.name)).map((row) => row.name);
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database is ahead of this code: it has migrations this version does not know (${unknown.join(", ")}). ` +
        "Run the newer version of the portal, or restore a matching backup.",
    );
  }
  for (const row of recorded) {
    if (known.get(row.name)?.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${row.name} was changed after it was applied; write a new migration instead.`);
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const applied = await sql.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [LOCK_KEY]);
      // Checked again under the lock: another instance may have applied it meanwhile.
      const done = await tx.query(`SELECT 1 FROM "_dataloft_migrations" WHERE "name" = $1`, [migration.name]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO "_dataloft_migrations" ("name", "checksum") VALUES ($1, $2)`, [migration.name, migration.checksum]);
      return true;
    });
    (applied ? report.applied : report.alreadyApplied).push(migration.name);
  }
  return report;
}
