import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import type { JsonObject } from "@/lib/credentials/types";
import { db } from "@/lib/db";
import { signUpParticipant } from "./sign-up-participant";
import { generateParticipantKey } from "./generate-participant-key";
import { signWithParticipantKey, type SigningFormat } from "./sign-with-participant-key";
import { findHostedDidDocument } from "./did-sources";

const keyEncryptionKey = new Uint8Array(32).fill(9);
const documentLoader = createDocumentLoader();
const didResolver = createDidResolver({ hosted: findHostedDidDocument });

function unsignedCredential(): JsonObject {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/dataloft/health/v1"],
    type: ["VerifiableCredential"],
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: { id: "urn:uuid:4a3c1a0e-0000-4000-8000-000000000001", purposeOfUse: "https://w3id.org/dataloft/health#ScientificResearch" },
  };
}

describe.each(testDatabaseTargets())("signing with portal-held keys on $name", (target) => {
  withTestDatabase(target);

  async function hostedParticipant() {
    const { participant } = await signUpParticipant({
      input: { legalName: "Signing Klinik", name: "S", email: "s@s.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "P-256", keyEncryptionKey });
    return participant;
  }

  it.each<SigningFormat>(["eddsa-rdfc-2022", "JsonWebSignature2020", "vc-jwt"])(
    "signs as %s and verifies against the hosted did:web document",
    async (format) => {
      const participant = await hostedParticipant();
      const signed = await signWithParticipantKey({
        actor: null,
        skipAuthorisation: true,
        participantId: participant.id,
        document: unsignedCredential(),
        format,
        documentLoader,
        keyEncryptionKey,
      });
      const outcome =
        typeof signed === "string"
          ? await verifyJwtCredential({ jwt: signed, didResolver, documentLoader })
          : await verifyCredential({ document: signed, didResolver, documentLoader });
      expect(outcome.errors).toEqual([]);
      expect(outcome.verified).toBe(true);
      expect(outcome.issuer).toBe(participant.did);
      expect(outcome.checks.find((check) => check.id === "did.resolved")?.passed).toBe(true);
    },
  );

  it("refuses a member of another organisation", async () => {
    const participant = await hostedParticipant();
    await expect(
      signWithParticipantKey({
        actor: { kind: "user", userId: "u", tokenId: null, memberships: [] },
        participantId: participant.id,
        document: unsignedCredential(),
        format: "eddsa-rdfc-2022",
        documentLoader,
        keyEncryptionKey,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not open a key sealed for another participant", async () => {
    const participant = await hostedParticipant();
    const other = await signUpParticipant({
      input: { legalName: "Other Klinik", name: "O", email: "o@o.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    const stolen = await db().participantKey.findFirstOrThrow({ where: { participantId: participant.id, algorithm: "ED25519" } });
    await db().participantKey.create({
      data: {
        participantId: other.participant.id,
        keyId: "key-1",
        algorithm: "ED25519",
        publicKeyJwk: stolen.publicKeyJwk as never,
        privateKeyEncrypted: stolen.privateKeyEncrypted,
      },
    });
    await expect(
      signWithParticipantKey({
        actor: null,
        skipAuthorisation: true,
        participantId: other.participant.id,
        document: unsignedCredential(),
        format: "eddsa-rdfc-2022",
        documentLoader,
        keyEncryptionKey,
      }),
    ).rejects.toThrow();
  });
});
