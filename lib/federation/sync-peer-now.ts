import "server-only";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { logger } from "@/lib/logger";
import { startHarvest } from "./harvest-peer";
import { getPeer } from "./manage-peers";
import { peerNetworkConfig } from "./peer-network";
import type { SyncReport } from "./sync-report";

/**
 * An admin's "sync now": the same run as the scheduled one, audited with the admin as actor. With
 * wait, the answer is the finished run's report; without, the sync goes on in this process and the
 * answer is the peer with its progress (follow it with GET /api/v1/admin/peers/{id}).
 */
export async function syncPeerNow(options: {
  actor: Actor | null;
  peerId: string;
  wait: boolean;
  requestId?: string;
}): Promise<{ finished: true; report: SyncReport } | { finished: false; peer: Awaited<ReturnType<typeof getPeer>> }> {
  const actor = assertCatalogueAdmin(options.actor);
  const run = await startHarvest({ peerId: options.peerId, actor, network: peerNetworkConfig(), requestId: options.requestId });
  if (options.wait) return { finished: true, report: await run.done };
  run.done.catch((error: unknown) => logger.error("peer sync failed", { peerId: run.peerId, error }));
  return { finished: false, peer: await getPeer({ actor, id: run.peerId }) };
}
