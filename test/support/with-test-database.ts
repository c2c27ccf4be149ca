import { afterEach, beforeEach } from "vitest";
import { setProcessDatabase, type Database } from "@/lib/db";
import type { TestDatabaseTarget } from "./test-databases";

/** Opens a fresh migrated database for each test and makes it the one lib/ functions use. */
export function withTestDatabase(target: TestDatabaseTarget): { current: () => Database } {
  let database: (Database & { drop(): Promise<void> }) | undefined;
  beforeEach(async () => {
    database = await target.open();
    setProcessDatabase(database);
  });
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });
  return {
    current: () => {
      if (!database) throw new Error("no test database open");
      return database;
    },
  };
}
