import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createTestEntry } from "@/test/support/catalogue-factory";
import { findSelfDescriptions } from "./find-self-descriptions";
import { searchQuerySchema } from "./search-query";

const search = (query: Record<string, unknown>) => findSelfDescriptions(searchQuerySchema.parse(query));

describe.each(testDatabaseTargets())("catalogue search on $name", (target) => {
  const database = withTestDatabase(target);

  async function seed() {
    const db = database.current();
    await createTestEntry(
      db,
      {
        type: "gx:DataResource",
        "dct:title": "Home blood pressure readings",
        "dct:description": "Readings from connected monitors",
        purposeOfUse: ["ScientificResearch"],
        healthTheme: "Cardiovascular",
        pseudonymisationLevel: "Pseudonymised",
      },
      { createdAt: new Date("2026-01-01") },
    );
    await createTestEntry(
      db,
      {
        type: "gx:DataResource",
        "dct:title": "Blutdruckmessungen der Kardiologie",
        "dct:description": "Klinische Routinedaten",
        purposeOfUse: ["PublicHealth", "ScientificResearch"],
        healthTheme: "Cardiovascular",
      },
      { createdAt: new Date("2026-02-01") },
    );
    await createTestEntry(
      db,
      { type: "gx:ServiceOffering", "gx:name": "Activity tracker step counts", purposeOfUse: ["Innovation"], healthTheme: "PhysicalActivity" },
      { createdAt: new Date("2026-03-01") },
    );
    await createTestEntry(db, { type: "gx:DataResource", "dct:title": "Old blood pressure export" }, { status: "REVOKED", createdAt: new Date("2025-12-01") });
  }

  it("finds English and German words by their stems and highlights the match", async () => {
    await seed();
    const english = await search({ q: "reading" });
    expect(english.items.map((item) => item.title)).toEqual(["Home blood pressure readings"]);
    expect(english.items[0]?.highlight).toContain("<mark>");
    const german = await search({ q: "Blutdruckmessung" });
    expect(german.items.map((item) => item.title)).toEqual(["Blutdruckmessungen der Kardiologie"]);
  });

  it("shows active entries by default and every state with status=all", async () => {
    await seed();
    expect((await search({ q: "blood pressure" })).total).toBe(1);
    expect((await search({ q: "blood pressure", status: "all" })).total).toBe(2);
    expect((await search({ status: "revoked" })).items.map((item) => item.status)).toEqual(["REVOKED"]);
  });

  it("filters by facets and counts them over the filtered set", async () => {
    await seed();
    const research = await search({ purpose: "ScientificResearch" });
    expect(research.total).toBe(2);
    expect(research.facets.theme).toEqual([{ value: "Cardiovascular", count: 2 }]);
    expect(research.facets.purpose).toEqual([
      { value: "ScientificResearch", count: 2 },
      { value: "PublicHealth", count: 1 },
    ]);
    expect(research.facets.status).toEqual([{ value: "ACTIVE", count: 2 }]);
    const services = await search({ type: "ServiceOffering" });
    expect(services.items.map((item) => item.title)).toEqual(["Activity tracker step counts"]);
    expect((await search({ pseudonymisation: "Pseudonymised" })).total).toBe(1);
  });

  it("pages with a cursor through every entry exactly once, newest first", async () => {
    await seed();
    const titles: string[] = [];
    let cursor: string | undefined;
    for (let pageNo = 0; pageNo < 5; pageNo += 1) {
      const page = await search({ limit: 1, cursor, status: "all" });
      titles.push(...page.items.map((item) => item.title));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(titles).toEqual(["Activity tracker step counts", "Blutdruckmessungen der Kardiologie", "Home blood pressure readings", "Old blood pressure export"]);
  });

  it("refuses a forged cursor and a limit over 100", async () => {
    await expect(search({ cursor: "bm90LWEtY3Vyc29y" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(searchQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
  });
});
