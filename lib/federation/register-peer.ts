import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireSecret } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { checkPeerBaseUrl, type PeerNetworkConfig } from "./peer-network";
import { sealPeerToken } from "./peer-token";
import { serializePeer } from "./serialize-peer";

export const registerPeerSchema = z.object({
  name: z.string().trim().min(1).max(120),
  baseUrl: z.string().trim().min(1).max(500),
  kind: z.enum(["DATALOFT"]).default("DATALOFT"),
  /** Bearer token the peer issued to this node, when its feed is not public. */
  token: z.string().min(1).max(500).optional(),
  scheduleMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
});

export type RegisterPeerInput = z.infer<typeof registerPeerSchema>;

export async function registerPeer(options: {
  actor: Actor | null;
  input: RegisterPeerInput;
  network: PeerNetworkConfig;
  keyEncryptionKey?: Uint8Array;
  requestId?: string;
}) {
  const actor = assertCatalogueAdmin(options.actor);
  const baseUrl = checkPeerBaseUrl(options.input.baseUrl, options.network);
  const secret = options.keyEncryptionKey ?? Buffer.from(requireSecret("DATALOFT_KEY_ENCRYPTION_KEY"), "base64url");
  const tokenEncrypted = options.input.token ? await sealPeerToken({ token: options.input.token, baseUrl, secret }) : null;
  try {
    const peer = await db().$transaction(async (tx) => {
      const created = await tx.peer.create({
        data: { name: options.input.name, baseUrl, kind: options.input.kind, tokenEncrypted, scheduleMinutes: options.input.scheduleMinutes },
      });
      await recordAuditEvent(tx, {
        action: "peer.registered",
        subjectType: "Peer",
        subjectId: created.id,
        actor,
        detail: { baseUrl, name: created.name },
        requestId: options.requestId,
      });
      return created;
    });
    return serializePeer(peer);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { message: `A peer with the base URL ${baseUrl} is registered already.` });
    throw error;
  }
}
