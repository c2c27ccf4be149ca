import "server-only";
import { db } from "@/lib/db";

// A peer that has not answered a sync for longer than the configured time keeps its entries, marked
// stale: searchers see that nobody vouches for their current state any more.

export async function markStaleOrigins(options: { now: Date; staleAfterHours: number }): Promise<{ peers: string[]; origins: number }> {
  const threshold = new Date(options.now.getTime() - options.staleAfterHours * 3_600_000);
  const peers = await db().peer.findMany({
    where: { OR: [{ lastSuccessAt: { lt: threshold } }, { lastSuccessAt: null, createdAt: { lt: threshold } }] },
    select: { id: true },
  });
  if (peers.length === 0) return { peers: [], origins: 0 };
  const marked = await db().entryOrigin.updateMany({ where: { peerId: { in: peers.map((peer) => peer.id) }, stale: false }, data: { stale: true } });
  return { peers: peers.map((peer) => peer.id), origins: marked.count };
}
