import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createTestEntry } from "@/test/support/catalogue-factory";
import { claimsQuerySchema } from "./claims-query";
import { querySelfDescriptions } from "./query-self-descriptions";

const query = (body: unknown) => querySelfDescriptions(claimsQuerySchema.parse(body));

describe.each(testDatabaseTargets())("structured claims query on $name", (target) => {
  const database = withTestDatabase(target);

  async function seed() {
    const db = database.current();
    await createTestEntry(db, {
      type: "gx:DataResource",
      "dct:title": "Blood pressure registry",
      "gx:containsPII": true,
      "dlh:records": 48000,
      "gx:legalAddress": { "gx:countrySubdivisionCode": "DE-BE" },
    });
    await createTestEntry(db, {
      type: "gx:DataResource",
      "dct:title": { "@value": "Activity data", "@language": "en" },
      "gx:containsPII": false,
      "dlh:records": 1200,
    });
    await createTestEntry(db, { type: "gx:ServiceOffering", "gx:name": 'Analysis service "quoted" (beta)' });
  }

  it("matches plain and JSON-LD value objects, nested paths, numbers and booleans", async () => {
    await seed();
    expect((await query({ where: { path: ["dct:title"], op: "eq", value: "Activity data" } })).items.map((i) => i.title)).toEqual(["Activity data"]);
    expect((await query({ where: { path: ["gx:legalAddress", "gx:countrySubdivisionCode"], op: "eq", value: "DE-BE" } })).items.map((i) => i.title)).toEqual([
      "Blood pressure registry",
    ]);
    expect((await query({ where: { path: ["dlh:records"], op: "gt", value: 10000 } })).items.map((i) => i.title)).toEqual(["Blood pressure registry"]);
    expect((await query({ where: { path: ["gx:containsPII"], op: "eq", value: false } })).items.map((i) => i.title)).toEqual(["Activity data"]);
  });

  it("combines conditions with and, or, not, in and exists", async () => {
    await seed();
    const titles = async (where: unknown) => (await query({ where })).items.map((i) => i.title).sort();
    expect(
      await titles({ and: [{ path: ["type"], op: "eq", value: "gx:DataResource" }, { not: { path: ["gx:containsPII"], op: "eq", value: true } }] }),
    ).toEqual(["Activity data"]);
    expect(
      await titles({
        or: [
          { path: ["dlh:records"], op: "lt", value: 2000 },
          { path: ["gx:name"], op: "exists" },
        ],
      }),
    ).toEqual(["Activity data", 'Analysis service "quoted" (beta)']);
    expect(await titles({ path: ["dlh:records"], op: "in", value: [1200, 48000] })).toEqual(["Activity data", "Blood pressure registry"]);
  });

  it("treats contains as a case-insensitive literal, even with regex and quote characters", async () => {
    await seed();
    expect((await query({ where: { path: ["gx:name"], op: "contains", value: '"QUOTED" (beta' } })).items).toHaveLength(1);
    expect((await query({ where: { path: ["gx:name"], op: "contains", value: ".*" } })).items).toHaveLength(0);
  });

  it("refuses unsafe paths, oversized queries and missing values", async () => {
    expect(claimsQuerySchema.safeParse({ where: { path: ['a") || true || ("'], op: "eq", value: 1 } }).success).toBe(false);
    const many = { and: Array.from({ length: 21 }, () => ({ path: ["a"], op: "exists" })) };
    expect(claimsQuerySchema.safeParse({ where: many }).success).toBe(false);
    const wide = {
      or: Array.from({ length: 20 }, () => ({
        and: [
          { path: ["a"], op: "exists" },
          { path: ["b"], op: "exists" },
        ],
      })),
    };
    await expect(query({ where: wide })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(query({ where: { path: ["a"], op: "eq" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
