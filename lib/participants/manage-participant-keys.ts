import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { requireSecret } from "@/lib/env";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";
import { generateParticipantKey } from "./generate-participant-key";

function keyEncryptionKey(): Uint8Array {
  return Buffer.from(requireSecret("DATALOFT_KEY_ENCRYPTION_KEY"), "base64url");
}

/** A new signing key for a hosted participant; it appears in the participant's did:web document at once. */
export async function createParticipantKey(options: { actor: Actor | null; participantId: string; algorithm: "Ed25519" | "P-256"; requestId?: string }) {
  const actor = assertCanActFor(options.actor, options.participantId, "admin");
  const participant = await db().participant.findUnique({ where: { id: options.participantId } });
  if (!participant) throw new AppError("NOT_FOUND", { message: "No such participant." });
  return db().$transaction(async (tx) => {
    const key = await generateParticipantKey({ prisma: tx, participant, algorithm: options.algorithm, keyEncryptionKey: keyEncryptionKey() });
    await recordAuditEvent(tx, {
      action: "key.created",
      subjectType: "ParticipantKey",
      subjectId: key.id,
      actor,
      actorParticipantId: participant.id,
      detail: { keyId: key.keyId, algorithm: key.algorithm },
      requestId: options.requestId,
    });
    return key;
  });
}

/**
 * Retires a key: it stays in the DID document (old signatures remain checkable) but is no longer an
 * assertion method, so nothing new verifies with it. Rotation = create a new key, then retire the old.
 */
export async function retireParticipantKey(options: { actor: Actor | null; keyId: string; requestId?: string; now?: Date }) {
  const key = await db().participantKey.findUnique({ where: { id: options.keyId } });
  if (!key) throw new AppError("NOT_FOUND", { message: "No such key." });
  const actor = assertCanActFor(options.actor, key.participantId, "admin");
  if (key.status === "RETIRED") return key;
  return db().$transaction(async (tx) => {
    const retired = await tx.participantKey.update({ where: { id: key.id }, data: { status: "RETIRED", retiredAt: options.now ?? new Date() } });
    await recordAuditEvent(tx, {
      action: "key.retired",
      subjectType: "ParticipantKey",
      subjectId: key.id,
      actor,
      actorParticipantId: key.participantId,
      detail: { keyId: key.keyId },
      requestId: options.requestId,
    });
    return retired;
  });
}

export async function rotateParticipantKey(options: { actor: Actor | null; keyId: string; requestId?: string }) {
  const key = await db().participantKey.findUnique({ where: { id: options.keyId } });
  if (!key) throw new AppError("NOT_FOUND", { message: "No such key." });
  const created = await createParticipantKey({
    actor: options.actor,
    participantId: key.participantId,
    algorithm: key.algorithm === "ED25519" ? "Ed25519" : "P-256",
    requestId: options.requestId,
  });
  await retireParticipantKey({ actor: options.actor, keyId: key.id, requestId: options.requestId });
  return created;
}
