import { Prisma } from "@/lib/db";
import type { SearchCursor, SearchSort } from "./search-cursor";

// The orders a page can follow: relevance (entries whose title matches first, then newest), newest,
// oldest, title. Each is a key over "SearchProjection" p with an index to walk, and a keyset condition.

export interface SortKey {
  key: Prisma.Sql;
  /** The key as text, for the cursor. */
  text: Prisma.Sql;
  type: Prisma.Sql;
  descending: boolean;
}

const NEWEST: SortKey = {
  key: Prisma.sql`p."entryCreatedAt"`,
  text: Prisma.sql`to_char(p."entryCreatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')`,
  type: Prisma.sql`timestamp(3)`,
  descending: true,
};

export const SORT_KEYS: Record<SearchSort, SortKey> = {
  relevance: NEWEST,
  newest: NEWEST,
  oldest: { ...NEWEST, descending: false },
  title: { key: Prisma.sql`lower(p."title")`, text: Prisma.sql`lower(p."title")`, type: Prisma.sql`text`, descending: false },
};

/** Rows after the cursor in the key's order (within one relevance group). */
export function afterCursor(sortKey: SortKey, after: SearchCursor): Prisma.Sql {
  return Prisma.sql`(${sortKey.key}, p."selfDescriptionHash") ${Prisma.raw(sortKey.descending ? "<" : ">")} (${after.k}::${sortKey.type}, ${after.h})`;
}

export function orderBy(sortKey: SortKey): Prisma.Sql {
  const direction = Prisma.raw(sortKey.descending ? "DESC" : "ASC");
  return Prisma.sql`ORDER BY ${sortKey.key} ${direction}, p."selfDescriptionHash" ${direction}`;
}
