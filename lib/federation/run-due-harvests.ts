import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { harvestPeer } from "./harvest-peer";
import { markStaleOrigins } from "./mark-stale-origins";
import { peerNetworkConfig } from "./peer-network";
import type { SyncReport } from "./sync-report";

// The scheduled job: every enabled peer whose schedule is due is synced. Instances sharing a database
// may all run it; the claim in harvestPeer lets one of them sync a given peer and the others skip it.

export async function runDueHarvests(options: { now?: Date } = {}): Promise<{ synced: { peerId: string; report: SyncReport }[]; stale: number }> {
  const now = options.now ?? new Date();
  const network = peerNetworkConfig();
  const synced: { peerId: string; report: SyncReport }[] = [];
  if (network.hosts.length > 0) {
    const peers = await db().peer.findMany({
      where: { enabled: true, syncStatus: { not: "RUNNING" } },
      select: { id: true, lastSyncAt: true, scheduleMinutes: true },
    });
    for (const peer of peers) {
      if (peer.lastSyncAt && peer.lastSyncAt.getTime() + peer.scheduleMinutes * 60_000 > now.getTime()) continue;
      try {
        synced.push({ peerId: peer.id, report: await harvestPeer({ peerId: peer.id, network }) });
      } catch (error) {
        // Another instance claimed it first: that one syncs it.
        if (!(isAppError(error) && error.code === "CONFLICT")) throw error;
      }
    }
  }
  const stale = await markStaleOrigins({ now, staleAfterHours: getEnv().DATALOFT_PEER_STALE_AFTER_HOURS });
  return { synced, stale: stale.origins };
}
