import "server-only";
import { db } from "@/lib/db";

/** The latest active entries with their search projection, for the catalogue overview. */
export async function findRecentEntries(options: { limit?: number } = {}) {
  const rows = await db().selfDescription.findMany({
    where: { status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 20, 100),
    select: {
      hash: true,
      types: true,
      issuerDid: true,
      createdAt: true,
      projection: { select: { title: true, description: true, providerName: true } },
      verification: { select: { verified: true } },
    },
  });
  return rows.map((row) => ({
    hash: row.hash,
    title: row.projection?.title ?? row.hash.slice(0, 12),
    description: row.projection?.description ?? null,
    provider: row.projection?.providerName ?? row.issuerDid,
    types: row.types,
    verified: row.verification?.verified ?? false,
    publishedAt: row.createdAt.toISOString(),
  }));
}
