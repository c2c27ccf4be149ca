import "server-only";
import { db, Prisma } from "@/lib/db";
import type { SearchQuery } from "./search-query";
import { boundedSearch } from "./search/bounded-search";
import { sampleCounts, toFacets, type FacetName, type Facets } from "./search/facet-counts";
import { pageDetails, walkPage } from "./search/find-page";
import { decodeCursor, encodeCursor, type SearchSort } from "./search/search-cursor";
import { allFilters, searchFilters, titleMatch, toTsQuery, type SearchFilters } from "./search/search-filters";
import { SORT_KEYS } from "./search/sort-keys";

// Full-text search (PostgreSQL tsvector + GIN, English and German) with facet filters, facet counts and
// keyset pagination; the same SQL runs on PGlite and PostgreSQL. Its cost is bounded whatever the
// catalogue's size: up to `exactLimit` matches the answer is exact and comes from one statement; past
// it the total and the facet counts are estimated from a sample (and say so) and the page walks the
// sort order's index. See docs/SCALING.md.

export type { FacetName };

export interface SearchTuning {
  /** Up to this many matches, the total and the facet counts are exact. */
  exactLimit: number;
  /** About how many entries are read to estimate counts past exactLimit. */
  sampleSize: number;
}

export const DEFAULT_SEARCH_TUNING: SearchTuning = { exactLimit: 1000, sampleSize: 2000 };

interface Counts {
  facets: Facets;
  total: number;
  /** False when the total is an estimate (more than exactLimit matches). */
  totalExact: boolean;
  /** False when facet counts are estimates. */
  facetsExact: boolean;
}

export async function findSelfDescriptions(query: SearchQuery, tuning: SearchTuning = DEFAULT_SEARCH_TUNING) {
  const sort: SearchSort = query.sort ?? (query.q ? "relevance" : "newest");
  const after = query.cursor ? decodeCursor(query.cursor, sort) : null;
  const tsQuery = query.q ? await toTsQuery(query.q) : null;
  const filters = searchFilters(query, tsQuery);
  const size = query.limit + 1;
  // Only stop words: nothing can match.
  const { rows, counts } =
    tsQuery === ""
      ? { rows: [], counts: { facets: toFacets(new Map()).facets, total: 0, totalExact: true, facetsExact: true } }
      : await search({ filters, sort, after, size, tuning });
  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const origins = await originsOf(items.filter((item) => item.origin === "PEER").map((item) => item.hash));
  const last = items[items.length - 1];
  return {
    items: items.map(({ tier, sortKey: _sortKey, ...row }) => ({
      ...row,
      /** With relevance order: 1 when the title matches the words, else 0. */
      rank: sort === "relevance" ? tier : 0,
      trust: row.verified === null ? "unverified" : row.verified ? (row.warningCount ? "warnings" : "verified") : "failed",
      /** The peers this entry was harvested from; stale when the peer has not answered for too long. */
      peers: origins.get(row.hash) ?? [],
    })),
    nextCursor: hasMore && last ? encodeCursor({ s: sort, t: last.tier, k: last.sortKey, h: last.hash }) : null,
    ...counts,
  };
}

/** The page's rows (with what a result shows) and the counts. */
async function search(options: {
  filters: SearchFilters;
  sort: SearchSort;
  after: ReturnType<typeof decodeCursor> | null;
  size: number;
  tuning: SearchTuning;
}) {
  const { filters, sort, after, size, tuning } = options;
  const sortKey = SORT_KEYS[sort];
  const tier = sort === "relevance" && filters.tsQuery ? Prisma.sql`(${titleMatch(filters)})::int` : Prisma.sql`0`;
  const bounded = { status: filters.status, tier, sortKey, after, size, limit: tuning.exactLimit };
  const few = await boundedSearch({ ...bounded, where: filters.others });
  if (few.counts && few.page) {
    const { facets, matched } = toFacets(few.counts);
    return { rows: await pageDetails(few.page, filters.tsQuery), counts: { facets, total: matched, totalExact: true, facetsExact: true } satisfies Counts };
  }
  // Many entries match (in some status): estimate counts from a sample, walk the index for the page.
  const fraction = tuning.sampleSize / Math.max(1, few.tableRows);
  const [rows, sampled] = await Promise.all([
    walkPage({ filters, sort, after, size }).then((keys) => pageDetails(keys, filters.tsQuery)),
    sampleCounts({ where: filters.others, status: filters.status, fraction }),
  ]);
  const estimate = toFacets(sampled.counts);
  const exact = sampled.exact;
  // Only a clearly small estimate is worth an exact count (one near the limit is as likely above it).
  if (exact || !filters.status || estimate.matched > tuning.exactLimit / 2) {
    return {
      rows,
      counts: {
        facets: estimate.facets,
        total: exact ? estimate.matched : Math.max(estimate.matched, tuning.exactLimit + 1),
        totalExact: exact,
        facetsExact: exact,
      } satisfies Counts,
    };
  }
  // The status filter keeps few of the many (say, revoked entries): count those exactly; only the
  // status facet stays an estimate.
  const narrowed = await boundedSearch({ ...bounded, where: allFilters(filters) });
  if (!narrowed.counts)
    return { rows, counts: { facets: estimate.facets, total: tuning.exactLimit + 1, totalExact: false, facetsExact: false } satisfies Counts };
  const counted = toFacets(narrowed.counts);
  return {
    rows,
    counts: { facets: { ...counted.facets, status: estimate.facets.status }, total: counted.matched, totalExact: true, facetsExact: false } satisfies Counts,
  };
}

async function originsOf(hashes: string[]): Promise<Map<string, { id: string; name: string; stale: boolean }[]>> {
  const byHash = new Map<string, { id: string; name: string; stale: boolean }[]>();
  if (hashes.length === 0) return byHash;
  const rows = await db().entryOrigin.findMany({
    where: { selfDescriptionHash: { in: hashes } },
    select: { selfDescriptionHash: true, stale: true, peer: { select: { id: true, name: true } } },
    orderBy: { firstSeenAt: "asc" },
  });
  for (const row of rows)
    byHash.set(row.selfDescriptionHash, [...(byHash.get(row.selfDescriptionHash) ?? []), { id: row.peer.id, name: row.peer.name, stale: row.stale }]);
  return byHash;
}
