import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { findSchemasQuery } from "./schema-input";
import { SCHEMA_SUMMARY_COLUMNS, toSchemaView, type SchemaView } from "./serialize-schema";

export interface FindSchemasOptions {
  actor: Actor | null;
  query?: z.input<typeof findSchemasQuery>;
}

/** A page of schema versions, newest first; `nextCursor` continues the list. */
export async function findSchemas(options: FindSchemasOptions): Promise<{ items: SchemaView[]; nextCursor: string | null }> {
  assertCatalogueAdmin(options.actor);
  const query = findSchemasQuery.parse(options.query ?? {});
  const rows = await db().schema.findMany({
    where: query.status ? { status: query.status } : {},
    select: SCHEMA_SUMMARY_COLUMNS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, query.limit).map(toSchemaView);
  return { items, nextCursor: rows.length > query.limit ? (items[items.length - 1]?.id ?? null) : null };
}
