import path from "node:path";
import type { Env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open-database";
import { migrateDatabase, readMigrationFiles } from "@/lib/db/migrate";
import { seedDemoData, type SeedReport } from "@/prisma/seed/seed-demo-data";

/** Migrates the database and, for an empty embedded one (or when asked), seeds the demo data space. */
export async function prepareDatabase(env: Env): Promise<{ applied: string[]; seed: SeedReport | null }> {
  const database = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATALOFT_DATA_DIR, poolSize: 2 });
  try {
    const migrations = await readMigrationFiles(path.resolve("prisma/migrations"));
    const { applied } = await migrateDatabase({ sql: database.sql, migrations });
    const wantSeed = env.DATALOFT_SEED_DEMO ?? env.databaseKind === "embedded";
    const seed = wantSeed ? await seedDemoData({ prisma: database.prisma, publicUrl: env.publicUrl }) : null;
    return { applied, seed };
  } finally {
    await database.close();
  }
}
