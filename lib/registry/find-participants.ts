import "server-only";
import { db } from "@/lib/db";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";

/** Every participant hosted here, for the operator: kind, DID, how many members and entries. */
export async function findParticipants(options: { actor: Actor | null; limit?: number }) {
  assertCatalogueAdmin(options.actor);
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 500);
  const [rows, total] = await Promise.all([
    db().participant.findMany({
      orderBy: { createdAt: "asc" },
      take: limit,
      include: { _count: { select: { memberships: true, selfDescriptions: true } } },
    }),
    db().participant.count(),
  ]);
  const active = await db().selfDescription.groupBy({
    by: ["publishedById"],
    where: { status: "ACTIVE", publishedById: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const activeBy = new Map(active.map((group) => [group.publishedById, group._count._all]));
  return {
    total,
    items: rows.map((row) => ({
      slug: row.slug,
      legalName: row.legalName,
      kind: row.kind,
      did: row.did,
      countryCode: row.countryCode,
      memberCount: row._count.memberships,
      entryCount: row._count.selfDescriptions,
      activeEntryCount: activeBy.get(row.id) ?? 0,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
