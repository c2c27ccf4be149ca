import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createTestEntry } from "@/test/support/catalogue-factory";
import { findSelfDescriptions, type SearchTuning } from "../find-self-descriptions";
import { searchQuerySchema } from "../search-query";
import { hashSample, sampleCounts } from "./facet-counts";

// The search answers exactly up to `exactLimit` matches and switches to estimates and index walks past
// it. Both ways must page through the same entries in the same order; only the counts may differ, and
// then the answer says they are estimates.

const EXACT: SearchTuning = { exactLimit: 1000, sampleSize: 2000 };
/** Past the limit at once, with a sample as large as the table: estimates that happen to be exact. */
const WALKED: SearchTuning = { exactLimit: 2, sampleSize: 1_000_000 };
/** Past the limit, with a small sample. */
const SAMPLED: SearchTuning = { exactLimit: 2, sampleSize: 1 };

interface Seeded {
  hash: string;
  title: string;
  createdAt: Date;
  titleHasPressure: boolean;
  status: "ACTIVE" | "REVOKED";
}

describe.each(testDatabaseTargets())("search strategies on $name", (target) => {
  const database = withTestDatabase(target);

  async function seed(): Promise<Seeded[]> {
    const specs = [
      { title: "Blood pressure home readings", description: "Cuff readings", day: 1 },
      { title: "Cardiology registry", description: "Includes blood pressure and heart rate", day: 2 },
      { title: "Pressure ulcer audit", description: "Nursing documentation", day: 3 },
      { title: "Sleep study", description: "Overnight oximetry, blood pressure at night", day: 4 },
      { title: "Blood pressure trial", description: "Randomised", day: 5, status: "REVOKED" as const },
      { title: "Step counts", description: "Wearable activity", day: 6 },
      { title: "Ambulatory blood pressure monitoring", description: "24 hours", day: 7 },
      { title: "Asthma diary", description: "Peak flow; blood pressure not recorded", day: 8 },
    ];
    const seeded: Seeded[] = [];
    for (const spec of specs) {
      const createdAt = new Date(Date.UTC(2026, 0, spec.day));
      const entry = await createTestEntry(
        database.current(),
        { type: "gx:DataResource", "dct:title": spec.title, "dct:description": spec.description, purposeOfUse: ["ScientificResearch"] },
        { createdAt, status: spec.status },
      );
      seeded.push({ hash: entry.hash, title: spec.title, createdAt, titleHasPressure: /pressure/i.test(spec.title), status: spec.status ?? "ACTIVE" });
    }
    return seeded;
  }

  async function everyPage(query: Record<string, unknown>, tuning: SearchTuning) {
    const titles: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const result = await findSelfDescriptions(searchQuerySchema.parse({ ...query, limit: 2, cursor }), tuning);
      titles.push(...result.items.map((item) => item.title));
      if (!result.nextCursor) return titles;
      cursor = result.nextCursor;
    }
    throw new Error("more pages than entries");
  }

  it("pages through the same entries in the same order whether counted exactly or estimated", async () => {
    const seeded = await seed();
    const active = seeded.filter((entry) => entry.status === "ACTIVE");
    const newest = (a: Seeded, b: Seeded) => b.createdAt.getTime() - a.createdAt.getTime();
    const pressure = active.filter((entry) => /pressure/i.test(entry.title) || entry.title !== "Step counts");
    const expected = {
      // Title matches first, newest first within each group.
      relevance: [...pressure.filter((e) => e.titleHasPressure).sort(newest), ...pressure.filter((e) => !e.titleHasPressure).sort(newest)].map((e) => e.title),
      newest: [...active].sort(newest).map((e) => e.title),
      oldest: [...active]
        .sort(newest)
        .reverse()
        .map((e) => e.title),
      title: active.map((e) => e.title).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    };
    expect(expected.relevance.slice(0, 3)).toEqual(["Ambulatory blood pressure monitoring", "Pressure ulcer audit", "Blood pressure home readings"]);
    for (const tuning of [EXACT, WALKED, SAMPLED]) {
      expect(await everyPage({ q: "pressure" }, tuning)).toEqual(expected.relevance);
      expect(await everyPage({ sort: "newest" }, tuning)).toEqual(expected.newest);
      expect(await everyPage({ sort: "oldest" }, tuning)).toEqual(expected.oldest);
      expect(await everyPage({ sort: "title" }, tuning)).toEqual(expected.title);
    }
  });

  it("says when the total and the facets are estimates", async () => {
    await seed();
    const exact = await findSelfDescriptions(searchQuerySchema.parse({ q: "pressure" }), EXACT);
    expect(exact).toMatchObject({ total: 6, totalExact: true, facetsExact: true });
    expect(exact.facets.status).toEqual([
      { value: "ACTIVE", count: 6 },
      { value: "REVOKED", count: 1 },
    ]);
    // Past the limit but sampling the whole table: the same counts, still exact.
    const walked = await findSelfDescriptions(searchQuerySchema.parse({ q: "pressure" }), WALKED);
    expect(walked).toMatchObject({ total: 6, totalExact: true, facetsExact: true, facets: exact.facets });
    const sampled = await findSelfDescriptions(searchQuerySchema.parse({ q: "pressure" }), SAMPLED);
    expect(sampled.totalExact).toBe(false);
    expect(sampled.facetsExact).toBe(false);
    // An estimate is never below what the bounded read already saw.
    expect(sampled.total).toBeGreaterThanOrEqual(3);
  });

  it("counts a status that keeps few of many exactly, and only its status facet is estimated", async () => {
    await seed();
    // A sample so small it finds nothing (hash below 00000001), so the estimate of revoked entries is
    // clearly small whatever the random hashes are.
    const revoked = await findSelfDescriptions(searchQuerySchema.parse({ status: "revoked" }), { exactLimit: 2, sampleSize: 1e-9 });
    expect(revoked.items.map((item) => item.title)).toEqual(["Blood pressure trial"]);
    expect(revoked).toMatchObject({ total: 1, totalExact: true, facetsExact: false });
    expect(revoked.facets.purpose).toEqual([{ value: "ScientificResearch", count: 1 }]);
  });

  it("estimates counts as sample count over sample probability, by hash", async () => {
    const seeded = await seed();
    expect(hashSample(0.25)).toEqual({ bound: "40000000", probability: 0.25 });
    // Half the catalogue or more: counted in full.
    expect(hashSample(0.5)).toBeNull();
    // A bound just above the smallest hash, so the sample is never empty (hashes are random: add
    // entries until one lies in the lower half).
    while (!seeded.some((entry) => entry.hash < "80000000")) {
      const extra = await createTestEntry(database.current(), { type: "gx:DataResource", "dct:title": "Extra", purposeOfUse: ["ScientificResearch"] });
      seeded.push({ hash: extra.hash, title: "Extra", createdAt: new Date(), titleHasPressure: false, status: "ACTIVE" });
    }
    const smallest = seeded.map((entry) => entry.hash).sort()[0]!;
    const sample = hashSample((parseInt(smallest.slice(0, 8), 16) + 1) / 2 ** 32)!;
    const inSample = seeded.filter((entry) => entry.hash < sample.bound);
    expect(inSample.map((entry) => entry.hash)).toContain(smallest);
    const { counts, exact } = await sampleCounts({ where: [], status: null, fraction: sample.probability });
    expect(exact).toBe(false);
    const activeInSample = inSample.filter((entry) => entry.status === "ACTIVE").length;
    expect(counts.get("status:ACTIVE") ?? 0).toBe(Math.round(activeInSample / sample.probability));
    expect(counts.get("purpose:ScientificResearch") ?? 0).toBe(Math.round(inSample.length / sample.probability));
  });

  it("follows status changes of an entry (mirrored into the search table)", async () => {
    const seeded = await seed();
    const target = seeded.find((entry) => entry.title === "Step counts");
    await database.current().prisma.selfDescription.update({ where: { hash: target!.hash }, data: { status: "REVOKED" } });
    const active = await findSelfDescriptions(searchQuerySchema.parse({ q: "step" }));
    expect(active.total).toBe(0);
    const revoked = await findSelfDescriptions(searchQuerySchema.parse({ q: "step", status: "revoked" }));
    expect(revoked.items.map((item) => item.status)).toEqual(["REVOKED"]);
  });

  it("refuses a cursor of another order", async () => {
    await seed();
    const first = await findSelfDescriptions(searchQuerySchema.parse({ sort: "newest", limit: 1 }));
    await expect(findSelfDescriptions(searchQuerySchema.parse({ sort: "title", cursor: first.nextCursor }))).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
