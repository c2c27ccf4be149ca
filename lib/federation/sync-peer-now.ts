import "server-only";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { harvestPeer } from "./harvest-peer";
import { peerNetworkConfig } from "./peer-network";

/** An admin's "sync now": the same run as the scheduled one, audited with the admin as actor. */
export async function syncPeerNow(options: { actor: Actor | null; peerId: string; requestId?: string }) {
  const actor = assertCatalogueAdmin(options.actor);
  return harvestPeer({ peerId: options.peerId, actor, network: peerNetworkConfig(), requestId: options.requestId });
}
