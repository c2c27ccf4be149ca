import "server-only";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";

// A key the participant keeps itself (in the browser, or an HSM): the portal stores only the public
// half and lists it in the participant's did:web document, so credentials signed elsewhere verify.

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/);
export const publicKeyJwkSchema = z.union([
  z.object({ kty: z.literal("EC"), crv: z.literal("P-256"), x: base64url.length(43), y: base64url.length(43) }).strict(),
  z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: base64url.length(43) }).strict(),
]);

export async function registerPublicKey(options: { actor: Actor | null; participantId: string; publicKeyJwk: unknown; requestId?: string }) {
  const actor = assertCanActFor(options.actor, options.participantId, "admin");
  const parsed = publicKeyJwkSchema.safeParse(options.publicKeyJwk);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", {
      message: "Send only the public key as a P-256 or Ed25519 JWK (no private member `d`).",
      invalidParams: parsed.error.issues.map((issue) => ({ name: ["publicKeyJwk", ...issue.path.map(String)].join("."), reason: issue.message })),
    });
  }
  const jwk = parsed.data;
  return db().$transaction(async (tx) => {
    const count = await tx.participantKey.count({ where: { participantId: options.participantId } });
    const key = await tx.participantKey.create({
      data: {
        participantId: options.participantId,
        keyId: `key-${count + 1}`,
        algorithm: jwk.kty === "EC" ? "P256" : "ED25519",
        publicKeyJwk: jwk as Prisma.InputJsonValue,
        privateKeyEncrypted: null,
      },
    });
    await recordAuditEvent(tx, {
      action: "key.registered-external",
      subjectType: "ParticipantKey",
      subjectId: key.id,
      actor,
      actorParticipantId: options.participantId,
      detail: { keyId: key.keyId },
      requestId: options.requestId,
    });
    return key;
  });
}
