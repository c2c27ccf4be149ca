import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { SearchQuery } from "./search-query";

// Full-text search (PostgreSQL tsvector + GIN, English and German) with facet filters, facet counts and
// keyset pagination. The same SQL runs on PGlite and PostgreSQL.

const FACET_NAMES = ["type", "provider", "purpose", "theme", "pseudonymisation", "accessRights", "licence", "trustFramework", "origin", "status"] as const;

export type FacetName = (typeof FACET_NAMES)[number];

interface Row {
  hash: string;
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
  createdAt: Date;
  verified: boolean | null;
  warningCount: number | null;
  rank: number;
  highlight: string | null;
}

interface Cursor {
  k: string | number;
  h: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    if (typeof parsed.h !== "string" || (typeof parsed.k !== "string" && typeof parsed.k !== "number")) throw new Error("shape");
    return parsed;
  } catch (cause) {
    throw new AppError("INVALID_INPUT", { message: "The cursor is not valid.", invalidParams: [{ name: "query.cursor", reason: "not a cursor from this API" }], cause });
  }
}

function tsQuery(q: string) {
  return Prisma.sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('german', ${q}) || websearch_to_tsquery('simple', ${q}))`;
}

function filters(query: SearchQuery): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (query.status !== "all") where.push(Prisma.sql`s."status" = ${query.status.toUpperCase()}::"LifecycleStatus"`);
  if (query.q) where.push(Prisma.sql`p."searchVector" @@ ${tsQuery(query.q)}`);
  if (query.type?.length) where.push(Prisma.sql`p."types" && ${query.type}::text[]`);
  if (query.purpose?.length) where.push(Prisma.sql`p."purposes" && ${query.purpose}::text[]`);
  if (query.theme?.length) where.push(Prisma.sql`p."healthThemes" && ${query.theme}::text[]`);
  if (query.issuer) where.push(Prisma.sql`s."issuerDid" = ${query.issuer}`);
  if (query.provider) where.push(Prisma.sql`p."providerDid" = ${query.provider}`);
  if (query.trustFramework) where.push(Prisma.sql`s."trustFramework" = ${query.trustFramework}`);
  if (query.pseudonymisation) where.push(Prisma.sql`p."pseudonymisation" = ${query.pseudonymisation}`);
  if (query.accessRights) where.push(Prisma.sql`p."accessRights" = ${query.accessRights}`);
  if (query.licence) where.push(Prisma.sql`p."licence" = ${query.licence}`);
  if (query.origin) where.push(Prisma.sql`s."origin" = ${query.origin}::"OriginKind"`);
  if (query.peer) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "EntryOrigin" eo WHERE eo."selfDescriptionHash" = s."hash" AND eo."peerId" = ${query.peer})`);
  return where;
}

function whereClause(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export async function findSelfDescriptions(query: SearchQuery) {
  const sort = query.sort ?? (query.q ? "relevance" : "newest");
  const rank = query.q ? Prisma.sql`ts_rank_cd(p."searchVector", ${tsQuery(query.q)})` : Prisma.sql`0::float8`;
  const sortKey = {
    relevance: Prisma.sql`round((${rank})::numeric, 6)::float8`,
    newest: Prisma.sql`extract(epoch from s."createdAt")::float8`,
    oldest: Prisma.sql`extract(epoch from s."createdAt")::float8`,
    title: Prisma.sql`lower(p."title")`,
  }[sort];
  const descending = sort === "relevance" || sort === "newest";
  const base = filters(query);
  const page = [...base];
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    page.push(descending ? Prisma.sql`(${sortKey}, s."hash") < (${cursor.k}, ${cursor.h})` : Prisma.sql`(${sortKey}, s."hash") > (${cursor.k}, ${cursor.h})`);
  }
  const order = descending ? Prisma.sql`ORDER BY 1 DESC, s."hash" DESC` : Prisma.sql`ORDER BY 1 ASC, s."hash" ASC`;
  const from = Prisma.sql`FROM "SelfDescription" s JOIN "SearchProjection" p ON p."selfDescriptionHash" = s."hash" LEFT JOIN "VerificationResult" v ON v."selfDescriptionHash" = s."hash" LEFT JOIN "Participant" pa ON pa."did" = s."issuerDid"`;
  const highlight = query.q
    ? Prisma.sql`ts_headline('english', coalesce(p."description", p."title"), ${tsQuery(query.q)}, 'StartSel=<mark>,StopSel=</mark>,MaxWords=30,MinWords=10')`
    : Prisma.sql`NULL`;

  const prisma = db();
  const [rows, totals, facets] = await Promise.all([
    prisma.$queryRaw<(Row & { sortValue: string | number })[]>`
      SELECT ${sortKey} AS "sortValue", s."hash", p."title", p."description", p."types", p."providerDid", coalesce(p."providerName", pa."legalName") AS "providerName", s."issuerDid",
             s."status"::text AS "status", s."origin"::text AS "origin", s."trustFramework", s."format"::text AS "format", s."createdAt", v."verified",
             jsonb_array_length(coalesce(v."warnings", '[]'::jsonb))::int AS "warningCount", (${rank})::float8 AS "rank", ${highlight} AS "highlight"
      ${from} ${whereClause(page)} ${order} LIMIT ${query.limit + 1}`,
    prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${from} ${whereClause(base)}`,
    countFacets(base, from),
  ]);
  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const origins = await originsOf(items.filter((item) => item.origin === "PEER").map((item) => item.hash));
  const last = items[items.length - 1];
  return {
    items: items.map(({ sortValue: _sortValue, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      trust: row.verified === null ? "unverified" : row.verified ? (row.warningCount ? "warnings" : "verified") : "failed",
      /** The peers this entry was harvested from; stale when the peer has not answered for too long. */
      peers: origins.get(row.hash) ?? [],
    })),
    nextCursor: hasMore && last ? encodeCursor({ k: last.sortValue, h: last.hash }) : null,
    total: Number(totals[0]?.total ?? 0),
    facets,
  };
}

/**
 * Facet counts in one statement per filter set: the matching rows are selected once (a CTE) and every
 * facet is aggregated from them. The status facet ignores the status filter, so people see what it hides.
 */
async function countFacets(base: Prisma.Sql[], from: Prisma.Sql) {
  const names: FacetName[] = [...FACET_NAMES];
  const withoutStatus = base.filter((part) => !part.sql.includes('s."status" ='));
  const aggregate = (selected: FacetName[], parts: Prisma.Sql[]) => db().$queryRaw<{ facet: FacetName; value: string; count: bigint }[]>`
    WITH matching AS (SELECT s."hash", s."status", s."origin", s."trustFramework", p."types", p."providerDid", p."purposes", p."healthThemes", p."pseudonymisation", p."accessRights", p."licence" ${from} ${whereClause(parts)}),
    counted AS (
      ${Prisma.join(
        selected.map((name) => Prisma.sql`SELECT ${name}::text AS facet, value, count(*) AS count FROM (SELECT ${facetExpression(name)} AS value FROM matching p) f WHERE value IS NOT NULL GROUP BY value`),
        " UNION ALL ",
      )}
    )
    SELECT facet, value, count FROM (SELECT *, row_number() OVER (PARTITION BY facet ORDER BY count DESC, value) AS rank FROM counted) ranked WHERE rank <= 50 ORDER BY facet, count DESC, value`;
  const [main, status] = await Promise.all([aggregate(names.filter((name) => name !== "status"), base), aggregate(["status"], withoutStatus)]);
  const facets = Object.fromEntries(names.map((name) => [name, [] as { value: string; count: number }[]])) as Record<FacetName, { value: string; count: number }[]>;
  for (const row of [...main, ...status]) facets[row.facet].push({ value: row.value, count: Number(row.count) });
  return facets;
}

/** The facet's value over the CTE's columns (the CTE row is aliased p; s columns were copied into it). */
function facetExpression(name: FacetName): Prisma.Sql {
  const expressions: Record<FacetName, Prisma.Sql> = {
    type: Prisma.sql`unnest(p."types")`,
    provider: Prisma.sql`p."providerDid"`,
    purpose: Prisma.sql`unnest(p."purposes")`,
    theme: Prisma.sql`unnest(p."healthThemes")`,
    pseudonymisation: Prisma.sql`p."pseudonymisation"`,
    accessRights: Prisma.sql`p."accessRights"`,
    licence: Prisma.sql`p."licence"`,
    trustFramework: Prisma.sql`p."trustFramework"`,
    origin: Prisma.sql`p."origin"::text`,
    status: Prisma.sql`p."status"::text`,
  };
  return expressions[name];
}

async function originsOf(hashes: string[]): Promise<Map<string, { id: string; name: string; stale: boolean }[]>> {
  const byHash = new Map<string, { id: string; name: string; stale: boolean }[]>();
  if (hashes.length === 0) return byHash;
  const rows = await db().entryOrigin.findMany({ where: { selfDescriptionHash: { in: hashes } }, select: { selfDescriptionHash: true, stale: true, peer: { select: { id: true, name: true } } }, orderBy: { firstSeenAt: "asc" } });
  for (const row of rows) byHash.set(row.selfDescriptionHash, [...(byHash.get(row.selfDescriptionHash) ?? []), { id: row.peer.id, name: row.peer.name, stale: row.stale }]);
  return byHash;
}
