import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { getSelfDescription } from "./get-self-description";

/** Revocation is terminal. Only the issuer's members (not citizens' delegates) or a catalogue admin may revoke. */
export async function revokeSelfDescription(options: { actor: Actor | null; hash: string; reason?: string; requestId?: string; now?: Date }) {
  if (!options.actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  const { entry } = await getSelfDescription({ hash: options.hash });
  const issuer = await db().participant.findUnique({ where: { did: entry.issuer }, select: { id: true } });
  const mayRevoke =
    isCatalogueAdmin(options.actor) ||
    (issuer !== null && options.actor.memberships.some((m) => m.participantId === issuer.id && m.role === "PARTICIPANT_ADMIN"));
  if (!mayRevoke) throw new AppError("FORBIDDEN", { message: "Only the issuer's administrators or a catalogue admin may revoke this entry." });
  if (entry.status === "REVOKED") return (await getSelfDescription({ hash: options.hash })).entry;
  const now = options.now ?? new Date();
  await db().$transaction(async (tx) => {
    await tx.selfDescription.update({ where: { hash: entry.hash }, data: { status: "REVOKED", revokedAt: now, statusChangedAt: now } });
    await recordAuditEvent(tx, {
      action: "self-description.revoked",
      subjectType: "SelfDescription",
      subjectId: entry.hash,
      actor: options.actor,
      actorParticipantId: issuer?.id ?? null,
      detail: { reason: options.reason ?? null, previousStatus: entry.status },
      requestId: options.requestId,
    });
  });
  return (await getSelfDescription({ hash: options.hash })).entry;
}
