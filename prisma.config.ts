import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGlite } from "@electric-sql/pglite";

// The Prisma CLI is only used to generate the client and to diff schemas into SQL
// (scripts/new-migration.sh). The JS schema engine works offline on an in-memory PGlite, so no
// engine binary is ever downloaded. Migrations are applied by lib/db/migrate.ts at start.
// The schema's `url = env("DATABASE_URL")` is not used (the client runs on a driver adapter), but the
// CLI insists on resolving it: give it a placeholder when none is set.
process.env.DATABASE_URL ??= "postgresql://unused@localhost/unused";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  // Typed against an older driver-adapter-utils (see lib/db/open-database.ts).
  adapter: async () => new PrismaPGlite(new PGlite()) as never,
});
