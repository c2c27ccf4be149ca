import { afterEach, beforeEach } from "vitest";
import { useDatabase, type Database } from "@/lib/db";
import type { TestDatabaseTarget } from "./test-databases";

/** Opens a fresh migrated database for each test and makes it the one lib/ functions use. */
export function useTestDatabase(target: TestDatabaseTarget): { current: () => Database } {
  let database: (Database & { drop(): Promise<void> }) | undefined;
  beforeEach(async () => {
    database = await target.open();
    useDatabase(database);
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
