import "server-only";
import { db } from "@/lib/db";

/** The peers an entry was harvested from, for its entry page: when each first and last served it, and in which state. */
export async function findEntryOrigins(options: { hash: string }) {
  const rows = await db().entryOrigin.findMany({
    where: { selfDescriptionHash: options.hash },
    orderBy: { firstSeenAt: "asc" },
    select: { firstSeenAt: true, lastSeenAt: true, stale: true, peerStatus: true, peer: { select: { name: true, baseUrl: true } } },
  });
  return rows.map((row) => ({
    peerName: row.peer.name,
    peerBaseUrl: row.peer.baseUrl,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    stale: row.stale,
    peerStatus: row.peerStatus,
  }));
}

export type EntryOrigin = Awaited<ReturnType<typeof findEntryOrigins>>[number];
