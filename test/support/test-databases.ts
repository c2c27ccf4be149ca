import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { migrateDatabase, readMigrationFiles, type MigrationFile } from "@/lib/db/migrate";

// Integration tests run against the embedded database always, and against PostgreSQL when
// DATABASE_URL names a local server. Each call gets a fresh, migrated database of its own.

export interface TestDatabaseTarget {
  name: "embedded" | "postgresql";
  /** A fresh database with every migration applied, or only `migrations` when given (e.g. to test a later one). */
  open(options?: { migrations?: MigrationFile[] }): Promise<Database & { drop(): Promise<void> }>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

export function assertLocalDatabaseUrl(url: string): URL {
  const parsed = new URL(url);
  if (!/^postgres(ql)?:$/.test(parsed.protocol) || !LOCAL_HOSTS.has(parsed.hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${parsed.hostname}). Point DATABASE_URL at 127.0.0.1.`);
  }
  return parsed;
}

export async function openMigrated(database: Database, only?: MigrationFile[]): Promise<Database> {
  const migrations = only ?? (await readMigrationFiles(path.resolve("prisma/migrations")));
  await migrateDatabase({ sql: database.sql, migrations });
  return database;
}

const embedded: TestDatabaseTarget = {
  name: "embedded",
  async open(options) {
    const database = await openMigrated(openDatabase({ dataDir: "memory://" }), options?.migrations);
    return { ...database, drop: () => database.close() };
  },
};

function postgres(url: string): TestDatabaseTarget {
  const server = assertLocalDatabaseUrl(url);
  return {
    name: "postgresql",
    async open(options) {
      const name = `dataloft_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: server.toString() });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const target = new URL(server.toString());
      target.pathname = `/${name}`;
      const database = await openMigrated(openDatabase({ databaseUrl: target.toString(), poolSize: 4 }), options?.migrations);
      return {
        ...database,
        async drop() {
          await database.close();
          const cleanup = new pg.Client({ connectionString: server.toString() });
          await cleanup.connect();
          await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await cleanup.end();
        },
      };
    },
  };
}

export function testDatabaseTargets(): TestDatabaseTarget[] {
  const url = process.env.DATABASE_URL;
  return url ? [embedded, postgres(url)] : [embedded];
}
