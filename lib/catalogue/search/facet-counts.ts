import { Prisma } from "@/lib/db";
import { whereClause } from "./search-filters";
import { runIndexed } from "./run-sql";

// Facet counts from 'facet:value' keys ("facetKeys" holds every facet value of an entry). Past the
// exact limit they are estimated from a sample: the entries whose hash (SHA-256 of the document, so
// uniformly spread and unrelated to content or insertion order) starts below a bound, read through the
// primary key. Each entry is in it with probability f = bound / 16^8, so count / f is an unbiased
// estimate; a block sample (TABLESAMPLE) would be cheaper but is badly skewed when similar entries sit
// together, as a bulk import or a harvest puts them. The same bound gives the same sample each time.

export const FACET_NAMES = [
  "type",
  "provider",
  "purpose",
  "theme",
  "pseudonymisation",
  "accessRights",
  "licence",
  "trustFramework",
  "origin",
  "status",
] as const;

export type FacetName = (typeof FACET_NAMES)[number];

export type Facets = Record<FacetName, { value: string; count: number }[]>;

const MAX_VALUES = 50;

/** Keys of a row: its facet keys when it passes the status filter, and its status in any case. */
export function rowKeys(status: Prisma.Sql | null): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${status ?? Prisma.sql`TRUE`} THEN p."facetKeys" ELSE '{}'::text[] END || ARRAY['any-status:' || p."entryStatus"::text])`;
}

const HASH_SPACE = 0x100000000;

/** Samples of half the catalogue or more would save little: such catalogues are counted in full. */
const FULL_COUNT_FROM = 0.5;

/**
 * The sample of about `fraction` of all entries: its bound (first 8 hex digits of the hash) and exact
 * probability; null when the whole catalogue is counted instead.
 */
export function hashSample(fraction: number): { bound: string; probability: number } | null {
  if (fraction >= FULL_COUNT_FROM) return null;
  const bound = Math.max(1, Math.ceil(fraction * HASH_SPACE));
  return { bound: bound.toString(16).padStart(8, "0"), probability: bound / HASH_SPACE };
}

/** Counts over the rows passing `where`; from a sample of about `fraction` of the entries when below 1. */
export async function sampleCounts(options: {
  where: Prisma.Sql[];
  status: Prisma.Sql | null;
  fraction: number;
}): Promise<{ counts: Map<string, number>; exact: boolean }> {
  const sample = hashSample(options.fraction);
  // The sample is read by its primary-key range alone (OFFSET 0 keeps the planner from combining it
  // with the filter indexes, whose bitmaps would cost more than the few sampled rows), then filtered.
  const rowsRead = sample
    ? Prisma.sql`(SELECT * FROM "SearchProjection" p WHERE p."selfDescriptionHash" < ${sample.bound} OFFSET 0) p`
    : Prisma.sql`"SearchProjection" p`;
  const rows = await runIndexed<{ key: string; count: number }>(Prisma.sql`
    SELECT k AS "key", count(*)::int AS "count" FROM ${rowsRead} CROSS JOIN LATERAL unnest(${rowKeys(options.status)}) k
    ${whereClause([...options.where, Prisma.sql`k IS NOT NULL`])} GROUP BY k`);
  const probability = sample?.probability ?? 1;
  return { counts: new Map(rows.map((row) => [row.key, Math.round(row.count / probability)])), exact: !sample };
}

/** The facets, and how many rows passed every filter (each has exactly one 'status:' key). */
export function toFacets(counts: Map<string, number>): { facets: Facets; matched: number } {
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as { value: string; count: number }[]])) as Facets;
  let matched = 0;
  for (const [key, count] of counts) {
    const split = key.indexOf(":");
    const prefix = key.slice(0, split);
    const value = key.slice(split + 1);
    if (prefix === "status") matched += count;
    // The status facet counts every status (it shows what the status filter hides).
    const facet =
      prefix === "any-status" ? "status" : prefix === "status" ? null : (FACET_NAMES as readonly string[]).includes(prefix) ? (prefix as FacetName) : null;
    if (facet) facets[facet].push({ value, count });
  }
  for (const name of FACET_NAMES)
    facets[name] = facets[name].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, MAX_VALUES);
  return { facets, matched };
}
