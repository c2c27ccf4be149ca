import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

// The change feed other catalogue nodes harvest (GET /api/v1/self-descriptions?updatedSince=…): this
// node's own entries in the order they last changed, every lifecycle status included, each with the
// document exactly as received. Harvested copies are not served again, so federations cannot loop.

export const changesQuerySchema = z.object({
  /** An ISO timestamp (entries changed at or after it) or the cursor of a previous page. */
  updatedSince: z.string().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export type ChangesQuery = z.infer<typeof changesQuerySchema>;

interface FeedCursor {
  t: string;
  h: string;
}

function encodeCursor(cursor: FeedCursor): string {
  return `c.${Buffer.from(JSON.stringify(cursor)).toString("base64url")}`;
}

function decodeSince(value: string): { at: Date; after: string | null } {
  if (value.startsWith("c.")) {
    try {
      const parsed = JSON.parse(Buffer.from(value.slice(2), "base64url").toString("utf8")) as FeedCursor;
      const at = new Date(parsed.t);
      if (typeof parsed.h !== "string" || Number.isNaN(at.getTime())) throw new Error("shape");
      return { at, after: parsed.h };
    } catch (cause) {
      throw new AppError("INVALID_INPUT", {
        message: "The updatedSince cursor is not valid.",
        invalidParams: [{ name: "query.updatedSince", reason: "not a cursor from this API" }],
        cause,
      });
    }
  }
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) {
    throw new AppError("INVALID_INPUT", {
      message: "updatedSince is neither an ISO timestamp nor a cursor.",
      invalidParams: [{ name: "query.updatedSince", reason: "expected an ISO 8601 timestamp or a cursor from a previous page" }],
    });
  }
  return { at, after: null };
}

export async function listChanges(query: ChangesQuery) {
  const since = decodeSince(query.updatedSince);
  const rows = await db().selfDescription.findMany({
    where: {
      origin: "LOCAL",
      OR: since.after === null ? [{ updatedAt: { gte: since.at } }] : [{ updatedAt: { gt: since.at } }, { updatedAt: since.at, hash: { gt: since.after } }],
    },
    orderBy: [{ updatedAt: "asc" }, { hash: "asc" }],
    take: query.limit + 1,
    select: { hash: true, status: true, statusChangedAt: true, updatedAt: true, format: true, contentType: true, content: true },
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  const cursor = last ? encodeCursor({ t: last.updatedAt.toISOString(), h: last.hash }) : query.updatedSince;
  return {
    items: items.map((row) => ({
      hash: row.hash,
      status: row.status,
      statusChangedAt: row.statusChangedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      format: row.format,
      contentType: row.contentType,
      document: new TextDecoder().decode(row.content),
    })),
    /** Where the next request continues; store it and send it back as updatedSince. */
    cursor,
    hasMore: rows.length > query.limit,
  };
}
