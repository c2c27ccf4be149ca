import { Prisma } from "@/lib/db";
import { allFilters, titleMatch, whereClause, type SearchFilters } from "./search-filters";
import type { SearchCursor, SearchSort } from "./search-cursor";
import type { PageKey } from "./bounded-search";
import { runIndexed, runSql } from "./run-sql";
import { afterCursor, orderBy, SORT_KEYS, type SortKey } from "./sort-keys";

// One page of results in keyset order, at a cost that does not grow with the catalogue. Relevance puts
// entries whose title matches the words first, newest first within each group (ranking every match by
// a score would read every match); newest/oldest follow the creation time, title the lower-case title.
//
// Each group is read in two steps: first the next WALK entries in sort order along the sort index,
// keeping those that match — enough whenever matches are not rare; if that yields less than a page,
// matches are rare (under one in WALK / size), so reading them all through the filter indexes and
// sorting them is cheap. Which step runs is decided by what was read, never by the planner's estimate.

export interface PageRow {
  hash: string;
  tier: 0 | 1;
  sortKey: string;
  title: string;
  description: string | null;
  types: string[];
  providerDid: string | null;
  providerName: string | null;
  issuerDid: string;
  status: string;
  origin: "LOCAL" | "PEER";
  trustFramework: string | null;
  format: string;
  createdAt: string;
  verified: boolean | null;
  warningCount: number | null;
  highlight: string | null;
}

const WALK = 2000;

interface Group {
  where: Prisma.Sql[];
  tier: 0 | 1;
  after: SearchCursor | null;
  size: number;
}

/**
 * The group's first rows among the next WALK entries in sort order. Matches found in that window are
 * the group's first ones (nothing before them was skipped), so they are usable as far as they go.
 */
async function walkGroup(sortKey: SortKey, group: Group): Promise<PageKey[]> {
  const keyset = group.after ? [afterCursor(sortKey, group.after)] : [];
  const order = orderBy(sortKey);
  return runSql<PageKey>(Prisma.sql`
    SELECT ${columns(sortKey, group)} FROM (SELECT * FROM "SearchProjection" p ${whereClause(keyset)} ${order} LIMIT ${WALK}) p
    ${whereClause(group.where)} ${order} LIMIT ${group.size}`);
}

/** The group's first rows read through the filter indexes: for groups too rare to fill a page from a walk. */
async function indexedGroup(sortKey: SortKey, group: Group): Promise<PageKey[]> {
  const keyset = group.after ? [afterCursor(sortKey, group.after)] : [];
  return runIndexed<PageKey>(
    Prisma.sql`SELECT ${columns(sortKey, group)} FROM "SearchProjection" p ${whereClause([...group.where, ...keyset])} ${orderBy(sortKey)} LIMIT ${group.size}`,
  );
}

function columns(sortKey: SortKey, group: Group): Prisma.Sql {
  return Prisma.sql`p."selfDescriptionHash" AS "hash", ${group.tier}::int AS "tier", ${sortKey.text} AS "sortKey"`;
}

/** `needed` rows of the group: from the walk when it found enough, else through the indexes. */
async function take(sortKey: SortKey, group: Group, walked: PageKey[], needed: number): Promise<PageKey[]> {
  if (needed <= 0) return [];
  return walked.length >= needed ? walked.slice(0, needed) : indexedGroup(sortKey, { ...group, size: needed });
}

/** The page's keys when many entries match. */
export async function walkPage(options: { filters: SearchFilters; sort: SearchSort; after: SearchCursor | null; size: number }): Promise<PageKey[]> {
  const { filters, sort, after, size } = options;
  const all = allFilters(filters);
  const sortKey = SORT_KEYS[sort];
  if (sort !== "relevance" || filters.tsQuery === null) {
    const group = { where: all, tier: 0 as const, after, size };
    return take(sortKey, group, await walkGroup(sortKey, group), size);
  }
  const titled = titleMatch(filters);
  // Past the titled group (a cursor of tier 0) only the rest is left. Both groups are walked at once;
  // the rest is read through the indexes only when the titled entries do not fill the page.
  const firstGroup = { where: [...all, titled], tier: 1 as const, after, size };
  const restGroup = { where: [...all, Prisma.sql`NOT (${titled})`], tier: 0 as const, after: after?.t === 0 ? after : null, size };
  const inFirst = !after || after.t === 1;
  const [walkedFirst, walkedRest] = await Promise.all([inFirst ? walkGroup(sortKey, firstGroup) : Promise.resolve([]), walkGroup(sortKey, restGroup)]);
  const first = inFirst ? await take(sortKey, firstGroup, walkedFirst, size) : [];
  return [...first, ...(await take(sortKey, restGroup, walkedRest, size - first.length))];
}

/** What a result shows, for the page's keys in their order. */
export async function pageDetails(rows: PageKey[], tsQuery: string | null): Promise<PageRow[]> {
  if (rows.length === 0) return [];
  const highlight = tsQuery
    ? Prisma.sql`ts_headline('english', coalesce(p."description", p."title"), ${tsQuery}::tsquery, 'StartSel=<mark>,StopSel=</mark>,MaxWords=30,MinWords=10')`
    : Prisma.sql`NULL`;
  const details = await runSql<Omit<PageRow, "tier" | "sortKey">>(Prisma.sql`
    SELECT s."hash", p."title", p."description", p."types", p."providerDid", coalesce(p."providerName", pa."legalName") AS "providerName", s."issuerDid",
           s."status"::text AS "status", s."origin"::text AS "origin", s."trustFramework", s."format"::text AS "format",
           to_char(s."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", v."verified",
           jsonb_array_length(coalesce(v."warnings", '[]'::jsonb))::int AS "warningCount", ${highlight} AS "highlight"
    FROM "SelfDescription" s JOIN "SearchProjection" p ON p."selfDescriptionHash" = s."hash"
    LEFT JOIN "VerificationResult" v ON v."selfDescriptionHash" = s."hash" LEFT JOIN "Participant" pa ON pa."did" = s."issuerDid"
    WHERE s."hash" = ANY(${rows.map((row) => row.hash)}::text[])`);
  const byHash = new Map(details.map((detail) => [detail.hash, detail]));
  return rows.flatMap((row) => {
    const detail = byHash.get(row.hash);
    return detail ? [{ ...detail, tier: row.tier, sortKey: row.sortKey }] : [];
  });
}
