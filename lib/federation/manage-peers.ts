import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { serializePeer } from "./serialize-peer";

export async function listPeers(options: { actor: Actor | null }) {
  assertCatalogueAdmin(options.actor);
  const peers = await db().peer.findMany({ orderBy: { createdAt: "asc" }, include: { _count: { select: { origins: true } } } });
  return { items: peers.map(serializePeer) };
}

export async function getPeer(options: { actor: Actor | null; id: string }) {
  assertCatalogueAdmin(options.actor);
  const peer = await db().peer.findUnique({ where: { id: options.id }, include: { _count: { select: { origins: true } } } });
  if (!peer) throw new AppError("NOT_FOUND", { message: `No peer ${options.id}.` });
  return serializePeer(peer);
}

export const updatePeerSchema = z.object({
  enabled: z.boolean().optional(),
  scheduleMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
});

/** Pauses or resumes a peer, or changes its schedule. Its harvested entries stay (marked stale in time). */
export async function updatePeer(options: { actor: Actor | null; id: string; input: z.infer<typeof updatePeerSchema>; requestId?: string }) {
  const actor = assertCatalogueAdmin(options.actor);
  const peer = await db().$transaction(async (tx) => {
    const found = await tx.peer.findUnique({ where: { id: options.id } });
    if (!found) throw new AppError("NOT_FOUND", { message: `No peer ${options.id}.` });
    const updated = await tx.peer.update({ where: { id: options.id }, data: options.input, include: { _count: { select: { origins: true } } } });
    await recordAuditEvent(tx, {
      action: "peer.updated",
      subjectType: "Peer",
      subjectId: options.id,
      actor,
      detail: options.input,
      requestId: options.requestId,
    });
    return updated;
  });
  return serializePeer(peer);
}
