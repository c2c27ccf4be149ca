import type { Peer } from "@/lib/generated/prisma/client";

/** A peer as the API and the admin page show it: never its token. */
export function serializePeer(peer: Peer & { _count?: { origins: number } }) {
  return {
    id: peer.id,
    name: peer.name,
    baseUrl: peer.baseUrl,
    kind: peer.kind,
    hasToken: peer.tokenEncrypted !== null,
    scheduleMinutes: peer.scheduleMinutes,
    enabled: peer.enabled,
    syncStatus: peer.syncStatus,
    syncStartedAt: peer.syncStartedAt?.toISOString() ?? null,
    lastSyncAt: peer.lastSyncAt?.toISOString() ?? null,
    lastSuccessAt: peer.lastSuccessAt?.toISOString() ?? null,
    lastError: peer.lastError,
    report: peer.report,
    entries: peer._count?.origins ?? null,
    createdAt: peer.createdAt.toISOString(),
  };
}

export type PeerView = ReturnType<typeof serializePeer>;
