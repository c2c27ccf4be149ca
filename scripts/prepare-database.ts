import path from "node:path";
import type { Env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open-database";
import { migrateDatabase, readMigrationFiles } from "@/lib/db/migrate";
import { seedDemoData, type SeedReport } from "@/prisma/seed/seed-demo-data";
import { seedDemoDatasets } from "@/prisma/seed/seed-demo-datasets";
import { setProcessDatabase } from "@/lib/db";
import { closeComputePool } from "@/lib/wiring/compute-pool";

/** Migrates the database and, for an empty embedded one (or when asked), seeds the demo data space. */
export async function prepareDatabase(env: Env): Promise<{ applied: string[]; seed: SeedReport | null }> {
  const database = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATALOFT_DATA_DIR, poolSize: 2 });
  try {
    const migrations = await readMigrationFiles(path.resolve("prisma/migrations"));
    const { applied } = await migrateDatabase({ sql: database.sql, migrations });
    const wantSeed = env.DATALOFT_SEED_DEMO ?? env.databaseKind === "embedded";
    const keyEncryptionKey = env.DATALOFT_KEY_ENCRYPTION_KEY ? Buffer.from(env.DATALOFT_KEY_ENCRYPTION_KEY, "base64url") : null;
    if (wantSeed && !keyEncryptionKey) throw new Error("DATALOFT_KEY_ENCRYPTION_KEY is needed to seed the demo participants' keys.");
    const seed = wantSeed && keyEncryptionKey ? await seedDemoData({ prisma: database.prisma, publicUrl: env.publicUrl, keyEncryptionKey }) : null;
    if (seed?.seeded && keyEncryptionKey) {
      // The demo datasets go through the real publish pipeline, which uses the process database.
      setProcessDatabase(database);
      seed.datasets = await seedDemoDatasets({ prisma: database.prisma, keyEncryptionKey });
    }
    return { applied, seed };
  } finally {
    // This process only prepares: the portal (next start) runs its own check workers.
    await closeComputePool();
    await database.close();
  }
}
