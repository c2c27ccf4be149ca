import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { requireSecret } from "@/lib/env";
import type { DocumentLoader, JsonObject } from "@/lib/credentials/types";
import { decryptPrivateKey } from "@/lib/credentials/keys/decrypt-private-key";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { signJws2020 } from "@/lib/credentials/ld-proofs/sign-jws-2020";
import { signJwtCredential } from "@/lib/credentials/jwt/sign-jwt-credential";
import { expandSafely } from "@/lib/credentials/jsonld/expand-safely";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";

export type SigningFormat = "eddsa-rdfc-2022" | "JsonWebSignature2020" | "vc-jwt";

/**
 * Signs a credential with a key the portal holds for a hosted participant. The private key is opened
 * only here, for this one signature. Ed25519 keys sign Data Integrity, P-256 keys JWS 2020 and VC-JWT.
 */
export async function signWithParticipantKey(options: {
  actor: Actor | null;
  participantId: string;
  document: JsonObject;
  format: SigningFormat;
  documentLoader: DocumentLoader;
  /** For the seed and tests, which hold the key-encryption key themselves. */
  keyEncryptionKey?: Uint8Array;
  skipAuthorisation?: boolean;
}): Promise<JsonObject | string> {
  if (!options.skipAuthorisation) assertCanActFor(options.actor, options.participantId, "member");
  const algorithm = options.format === "eddsa-rdfc-2022" ? "ED25519" : "P256";
  const participant = await db().participant.findUnique({
    where: { id: options.participantId },
    include: { keys: { where: { status: "ACTIVE", algorithm }, orderBy: { createdAt: "desc" }, take: 1 } },
  });
  const key = participant?.keys[0];
  if (!participant || !key?.privateKeyEncrypted) {
    throw new AppError("UNPROCESSABLE", { message: `Create an active ${algorithm === "ED25519" ? "Ed25519" : "P-256"} key on the organisation page first.` });
  }
  const verificationMethodId = `${participant.did}#${key.keyId}`;
  const privateKeyJwk = await decryptPrivateKey({
    sealed: key.privateKeyEncrypted,
    secret: options.keyEncryptionKey ?? Buffer.from(requireSecret("DATALOFT_KEY_ENCRYPTION_KEY"), "base64url"),
    associatedData: verificationMethodId,
  });
  const document = { ...options.document, issuer: participant.did };
  // Refuse what JSON-LD would silently drop before signing it, naming each term and its path.
  await expandSafely({ document, documentLoader: options.documentLoader });
  switch (options.format) {
    case "eddsa-rdfc-2022":
      return signDataIntegrity({ document, suite: "eddsa-rdfc-2022", privateKeyJwk, verificationMethodId, documentLoader: options.documentLoader });
    case "JsonWebSignature2020":
      return signJws2020({ document, privateKeyJwk, verificationMethodId, documentLoader: options.documentLoader });
    case "vc-jwt":
      return signJwtCredential({ payload: document, privateKey: privateKeyJwk as never, kid: verificationMethodId, alg: "ES256" });
  }
}
