import { Prisma } from "@/lib/db";
import { rowKeys } from "./facet-counts";
import { whereClause } from "./search-filters";
import type { SearchCursor } from "./search-cursor";
import { afterCursor, type SortKey } from "./sort-keys";
import { runIndexed } from "./run-sql";

// The first read of every search: the matching entries, read through the filter indexes but never more
// than `limit` + 1 of them. When they are at most `limit`, this one statement is the whole answer: exact
// facet counts (one pass over "facetKeys") and the page, sorted in memory. When there are more, the
// caller estimates counts from a sample and walks an index for the page instead; the counting and
// sorting here are then skipped.

export interface PageKey {
  hash: string;
  tier: 0 | 1;
  sortKey: string;
}

export interface BoundedResult {
  /** Rows read: at most limit + 1; more than limit means "many". */
  rows: number;
  /** Exact 'facet:value' counts ('any-status:…' over every status), when rows ≤ limit. */
  counts: Map<string, number> | null;
  page: PageKey[] | null;
  /** About how many entries the catalogue holds (planner statistics scaled to the table's size now), to size a sample. */
  tableRows: number;
}

export interface BoundedSearch {
  /** Filters of the rows read (every filter but the status). */
  where: Prisma.Sql[];
  /** The status filter; facets other than status count only rows passing it. */
  status: Prisma.Sql | null;
  /** 1 for entries whose title matches (relevance), else 0. */
  tier: Prisma.Sql;
  sortKey: SortKey;
  after: SearchCursor | null;
  size: number;
  limit: number;
}

function pastCursor(search: BoundedSearch): Prisma.Sql {
  if (!search.after) return Prisma.sql`TRUE`;
  // Tiers descend; within a tier the key's own order applies.
  return Prisma.sql`(${search.tier} < ${search.after.t} OR (${search.tier} = ${search.after.t} AND ${afterCursor(search.sortKey, search.after)}))`;
}

export async function boundedSearch(search: BoundedSearch): Promise<BoundedResult> {
  const { sortKey, limit } = search;
  const direction = Prisma.raw(sortKey.descending ? "DESC" : "ASC");
  const few = Prisma.sql`(SELECT count(*) FROM m) <= ${limit}`;
  const [row] = await runIndexed<{ rows: number; counts: [string, number][]; page: PageKey[]; tableRows: string | number }>(Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT p."selfDescriptionHash" AS "hash", ${rowKeys(search.status)} AS "keys", ${search.status ?? Prisma.sql`TRUE`} AS "ok",
             ${search.tier} AS "tier", ${sortKey.key} AS "key", ${sortKey.text} AS "sortKey", ${pastCursor(search)} AS "pastCursor"
      FROM "SearchProjection" p ${whereClause(search.where)} LIMIT ${limit + 1})
    SELECT (SELECT count(*)::int FROM m) AS "rows",
      (SELECT coalesce(json_agg(json_build_array(c."key", c."count")), '[]'::json) FROM (
        SELECT k AS "key", count(*)::int AS "count" FROM m CROSS JOIN LATERAL unnest(m."keys") k
        WHERE k IS NOT NULL AND ${few} GROUP BY k) c) AS "counts",
      (SELECT coalesce(json_agg(json_build_object('hash', o."hash", 'tier', o."tier", 'sortKey', o."sortKey") ORDER BY o."n"), '[]'::json) FROM (
        SELECT m."hash", m."tier", m."sortKey", row_number() OVER (ORDER BY m."tier" DESC, m."key" ${direction}, m."hash" ${direction}) AS "n"
        FROM m WHERE m."ok" AND m."pastCursor" AND ${few} ORDER BY "n" LIMIT ${search.size}) o) AS "page",
      (SELECT (CASE WHEN c."relpages" > 0 AND c."reltuples" > 0 THEN c."reltuples" / c."relpages" ELSE 10 END) * (pg_relation_size(c."oid") / current_setting('block_size')::int)
       FROM pg_class c WHERE c."oid" = '"SearchProjection"'::regclass)::float8 AS "tableRows"`);
  if (!row) throw new Error("The bounded search returned no row.");
  const many = row.rows > limit;
  return {
    rows: row.rows,
    counts: many ? null : new Map(row.counts),
    page: many ? null : row.page,
    tableRows: Number(row.tableRows),
  };
}
