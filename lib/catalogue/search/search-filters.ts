import { Prisma } from "@/lib/db";
import type { SearchQuery } from "../search-query";
import { runSql } from "./run-sql";

// The WHERE parts of a search over "SearchProjection" p (the entry's status, origin and creation time
// are mirrored there, so no join is needed). The status filter is kept apart: the status facet counts
// what it hides.

export interface SearchFilters {
  /** Every filter but the status. */
  others: Prisma.Sql[];
  /** The status filter, or null for status=all. */
  status: Prisma.Sql | null;
  /** The full-text query as one tsquery literal, or null without q. */
  tsQuery: string | null;
}

/**
 * The words as one tsquery: English and German stems and the words as written, duplicates removed so
 * the planner estimates the match count right (a repeated term would look three times as common).
 * "" when q holds only stop words (nothing matches).
 */
export async function toTsQuery(q: string): Promise<string> {
  const [row] = await runSql<{ english: string; german: string; simple: string }>(
    Prisma.sql`SELECT websearch_to_tsquery('english', ${q})::text AS "english", websearch_to_tsquery('german', ${q})::text AS "german", websearch_to_tsquery('simple', ${q})::text AS "simple"`,
  );
  const parts = [...new Set([row?.english, row?.german, row?.simple].filter((part): part is string => Boolean(part)))];
  return parts.map((part) => `(${part})`).join(" | ");
}

export function searchFilters(query: SearchQuery, tsQuery: string | null): SearchFilters {
  const others: Prisma.Sql[] = [];
  if (tsQuery !== null) others.push(Prisma.sql`p."searchVector" @@ ${tsQuery}::tsquery`);
  if (query.type?.length) others.push(Prisma.sql`p."types" && ${query.type}::text[]`);
  if (query.purpose?.length) others.push(Prisma.sql`p."purposes" && ${query.purpose}::text[]`);
  if (query.theme?.length) others.push(Prisma.sql`p."healthThemes" && ${query.theme}::text[]`);
  if (query.issuer) others.push(Prisma.sql`p."selfDescriptionHash" IN (SELECT s."hash" FROM "SelfDescription" s WHERE s."issuerDid" = ${query.issuer})`);
  if (query.provider) others.push(Prisma.sql`p."providerDid" = ${query.provider}`);
  if (query.trustFramework) others.push(Prisma.sql`p."trustFramework" = ${query.trustFramework}`);
  if (query.pseudonymisation) others.push(Prisma.sql`p."pseudonymisation" = ${query.pseudonymisation}`);
  if (query.accessRights) others.push(Prisma.sql`p."accessRights" = ${query.accessRights}`);
  if (query.licence) others.push(Prisma.sql`p."licence" = ${query.licence}`);
  if (query.origin) others.push(Prisma.sql`p."entryOrigin" = ${query.origin}::"OriginKind"`);
  if (query.peer)
    others.push(Prisma.sql`EXISTS (SELECT 1 FROM "EntryOrigin" eo WHERE eo."selfDescriptionHash" = p."selfDescriptionHash" AND eo."peerId" = ${query.peer})`);
  const status = query.status === "all" ? null : Prisma.sql`p."entryStatus" = ${query.status.toUpperCase()}::"LifecycleStatus"`;
  return { others, status, tsQuery };
}

/** All filters (status included). */
export function allFilters(filters: SearchFilters): Prisma.Sql[] {
  return filters.status ? [...filters.others, filters.status] : filters.others;
}

/** Entries whose title matches the words (relevance puts them first). */
export function titleMatch(filters: SearchFilters): Prisma.Sql {
  return Prisma.sql`p."titleVector" @@ ${filters.tsQuery ?? ""}::tsquery`;
}

export function whereClause(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}
