import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanActFor, type Actor } from "./actor";

export async function revokeApiToken(options: { actor: Actor | null; tokenId: string; requestId?: string; now?: Date }) {
  const token = await db().apiToken.findUnique({ where: { id: options.tokenId } });
  // A token of another organisation is reported as missing only to the unauthenticated.
  if (!token) throw new AppError("NOT_FOUND", { message: "No such API token." });
  const actor = assertCanActFor(options.actor, token.participantId, "admin");
  if (token.revokedAt) return token;
  return db().$transaction(async (tx) => {
    const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: options.now ?? new Date() } });
    await recordAuditEvent(tx, {
      action: "api-token.revoked",
      subjectType: "ApiToken",
      subjectId: token.id,
      actor,
      actorParticipantId: token.participantId,
      requestId: options.requestId,
    });
    return revoked;
  });
}
