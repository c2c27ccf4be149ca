import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { claimsQuerySql, type ClaimsQuery } from "./claims-query";

const STATEMENT_TIMEOUT_MS = 2000;

/** POST /api/v1/query: entries whose claims match a structured query; bounded in size and in time. */
export async function querySelfDescriptions(query: ClaimsQuery) {
  const where: Prisma.Sql[] = [Prisma.sql`p."claims" IS NOT NULL`, claimsQuerySql(query.where)];
  if (query.status !== "all") where.push(Prisma.sql`s."status" = ${query.status.toUpperCase()}::"LifecycleStatus"`);
  if (query.cursor) {
    const [createdAt, hash] = Buffer.from(query.cursor, "base64url").toString("utf8").split("|");
    if (!createdAt || !hash || Number.isNaN(Date.parse(createdAt))) {
      throw new AppError("INVALID_INPUT", {
        message: "The cursor is not valid.",
        invalidParams: [{ name: "body.cursor", reason: "not a cursor from this API" }],
      });
    }
    where.push(Prisma.sql`(s."createdAt", s."hash") < (${new Date(createdAt)}, ${hash})`);
  }
  const rows = await db()
    .$transaction(async (tx) => {
      // Bounded in time on PostgreSQL; the embedded database runs in-process with the same SQL.
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
      return tx.$queryRaw<{ hash: string; title: string; types: string[]; issuerDid: string; status: string; createdAt: Date }[]>`
      SELECT s."hash", p."title", p."types", s."issuerDid", s."status"::text AS "status", s."createdAt"
      FROM "SelfDescription" s JOIN "SearchProjection" p ON p."selfDescriptionHash" = s."hash"
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY s."createdAt" DESC, s."hash" DESC
      LIMIT ${query.limit + 1}`;
    })
    .catch((error: unknown) => {
      if (String(error).includes("statement timeout"))
        throw new AppError("TIMEOUT", { message: "The query took longer than 2 s; narrow it down.", cause: error });
      throw error;
    });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextCursor: rows.length > query.limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.hash}`).toString("base64url") : null,
  };
}
