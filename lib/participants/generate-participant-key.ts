import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { generateKeyPair, type KeyAlgorithm } from "@/lib/credentials/keys/generate-key-pair";
import { encryptPrivateKey } from "@/lib/credentials/keys/encrypt-private-key";

// A signing key held by the portal for a hosted participant. The private half is sealed with the
// operator's key-encryption key and bound (AES-GCM associated data) to its verification method id,
// so a sealed key copied onto another participant's row does not decrypt.

const ALGORITHM_ENUM = { Ed25519: "ED25519", "P-256": "P256" } as const;

export async function generateParticipantKey(options: {
  prisma: PrismaClient | Prisma.TransactionClient;
  participant: { id: string; did: string };
  algorithm: KeyAlgorithm;
  keyEncryptionKey: Uint8Array;
}) {
  const existing = await options.prisma.participantKey.count({ where: { participantId: options.participant.id } });
  const keyId = `key-${existing + 1}`;
  const verificationMethodId = `${options.participant.did}#${keyId}`;
  const pair = await generateKeyPair({ algorithm: options.algorithm, controller: options.participant.did, fragment: keyId });
  const privateKeyEncrypted = await encryptPrivateKey({
    privateKeyJwk: pair.privateKeyJwk,
    secret: options.keyEncryptionKey,
    associatedData: verificationMethodId,
  });
  return options.prisma.participantKey.create({
    data: {
      participantId: options.participant.id,
      keyId,
      algorithm: ALGORITHM_ENUM[options.algorithm],
      publicKeyJwk: { ...pair.publicKeyJwk } as Prisma.InputJsonValue,
      privateKeyEncrypted,
    },
  });
}
