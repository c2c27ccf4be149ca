import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { createPgliteAdapter } from "./pglite-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgliteExecutor } from "./pglite-executor";
import { createPostgresExecutor } from "./postgres-executor";
import type { SqlExecutor } from "./sql-executor";
import { logger } from "@/lib/logger";

export interface Database {
  kind: "embedded" | "postgresql";
  prisma: PrismaClient;
  sql: SqlExecutor;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgresql://… to use a PostgreSQL server; otherwise the embedded PGlite database. */
  databaseUrl?: string;
  /** Folder of the embedded database; "memory://" for a throw-away one. */
  dataDir?: string;
  poolSize?: number;
}

/**
 * Opens the portal's database. The embedded PGlite runs in this process: never open two on the same
 * folder at the same time (see README, "Tools and the running portal").
 */
export function openDatabase(options: OpenDatabaseOptions): Database {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server drops (restart, failover, a forced disconnect) emits 'error' on the
    // pool; unhandled, that would end the process. The pool replaces the connection on next use.
    pool.on("error", (error) => logger.warn("idle database connection closed by the server", { error }));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const sql = createPostgresExecutor(pool);
    return {
      kind: "postgresql",
      prisma,
      sql,
      async close() {
        await prisma.$disconnect();
        await pool.end().catch((error: unknown) => {
          // pool.end() twice rejects; anything else is a real failure.
          if (!String(error).includes("more than once")) throw error;
        });
      },
    };
  }
  const dataDir = options.dataDir ?? ".data";
  const location = dataDir.startsWith("memory://") ? dataDir : path.resolve(dataDir, "pglite");
  if (!location.startsWith("memory://")) mkdirSync(location, { recursive: true });
  const pglite = new PGlite(location);
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; lib/db/pglite-adapter.ts
  // bridges the runtime difference (covered by the integration tests on both databases).
  const adapter = createPgliteAdapter(pglite) as unknown as PrismaPg;
  const prisma = new PrismaClient({ adapter });
  const sql = createPgliteExecutor(pglite);
  return {
    kind: "embedded",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
