import "server-only";
import { getEnv } from "@/lib/env";
import { openDatabase, type Database } from "./open-database";

// The one database of this process, opened on first use (never at import, so `next build` touches no
// database). Kept on globalThis so that module re-evaluation cannot open a second PGlite on one folder.
const holder = globalThis as typeof globalThis & { __dataloftDatabase?: Database };

/** Makes `database` the one of this process: for scripts and integration tests that open their own. */
export function setProcessDatabase(database: Database): void {
  holder.__dataloftDatabase = database;
}

export function getDatabase(): Database {
  if (!holder.__dataloftDatabase) {
    const env = getEnv();
    holder.__dataloftDatabase = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATALOFT_DATA_DIR });
  }
  return holder.__dataloftDatabase;
}

/** The Prisma client of this process. */
export function db() {
  return getDatabase().prisma;
}

export type { Database };
export { Prisma } from "@/lib/generated/prisma/client";
