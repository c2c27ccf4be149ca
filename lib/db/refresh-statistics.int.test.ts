import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createTestEntry } from "@/test/support/catalogue-factory";
import { refreshStatistics } from "./refresh-statistics";

describe.each(testDatabaseTargets())("planner statistics on $name", (target) => {
  const database = withTestDatabase(target);

  const rowEstimate = async () =>
    Number(
      (await database.current().sql.query<{ reltuples: number }>(`SELECT reltuples FROM pg_class WHERE oid = '"SearchProjection"'::regclass`))[0]?.reltuples,
    );

  it("are refreshed on the embedded database (no autovacuum there) and left to autovacuum on PostgreSQL", async () => {
    for (let index = 0; index < 5; index += 1) await createTestEntry(database.current(), { "gx:name": `Entry ${index}` });
    const before = await rowEstimate();
    const outcome = await refreshStatistics(database.current());
    if (target.name === "embedded") {
      expect(before).toBeLessThanOrEqual(0);
      expect(outcome.analysed).toContain("SearchProjection");
      expect(await rowEstimate()).toBe(5);
    } else {
      expect(outcome.analysed).toEqual([]);
    }
  });
});
