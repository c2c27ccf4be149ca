// Builders shared by the credential tests and the bench: fresh issuers, credentials and a fixed clock.
import { generateKeyPair, type KeyAlgorithm } from "@/lib/credentials/keys/generate-key-pair";
import { toBase64Url } from "@/lib/credentials/keys/encoding";
import type { Clock, DocumentLoader, JsonObject } from "@/lib/credentials/types";

import { signDataIntegrity } from "./sign-data-integrity";

export interface TestIssuer {
  did: string;
  verificationMethodId: string;
  privateKeyJwk: JsonWebKey;
}

/** An issuer whose DID resolves offline: did:key for Ed25519 Multikeys, did:jwk otherwise. */
export async function createTestIssuer(options: { algorithm: KeyAlgorithm; method?: "jwk" | "key" }): Promise<TestIssuer> {
  const pair = await generateKeyPair({ algorithm: options.algorithm });
  if (options.method === "key" && options.algorithm === "Ed25519") {
    const did = `did:key:${pair.publicKeyMultibase}`;
    return { did, verificationMethodId: `${did}#${pair.publicKeyMultibase}`, privateKeyJwk: pair.privateKeyJwk };
  }
  const did = `did:jwk:${toBase64Url(new TextEncoder().encode(JSON.stringify(pair.publicKeyJwk)))}`;
  return { did, verificationMethodId: `${did}#0`, privateKeyJwk: pair.privateKeyJwk };
}

/** The document with an eddsa-rdfc-2022 proof by the (Ed25519) test issuer. */
export function signAsTestIssuer(options: { document: JsonObject; issuer: TestIssuer; documentLoader: DocumentLoader; clock?: Clock }): Promise<JsonObject> {
  const { issuer, ...rest } = options;
  return signDataIntegrity({ ...rest, suite: "eddsa-rdfc-2022", privateKeyJwk: issuer.privateKeyJwk, verificationMethodId: issuer.verificationMethodId });
}

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

/** A VC 2.0 health dataset credential using the portal vocabulary. */
export function healthCredentialV2(options: { issuer: string; validUntil?: string; title?: string }): JsonObject {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/dataloft/health/v1"],
    id: "urn:uuid:7f1c2c8e-0d47-4c1a-9b0e-2f0c1f5e9a01",
    type: ["VerifiableCredential"],
    issuer: options.issuer,
    validFrom: "2026-01-01T00:00:00Z",
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    credentialSubject: {
      id: "https://catalogue.example/datasets/diabetes-registry",
      purposeOfUse: ["ScientificResearch", "PublicHealthInterest"],
      pseudonymisationLevel: "Pseudonymised",
      population: { en: options.title ?? "Adults with type 2 diabetes, Region North" },
    },
  };
}

/** A VC 1.1 credential (issuanceDate/expirationDate). */
export function credentialV1(options: { issuer: string; expirationDate?: string; name?: string }): JsonObject {
  return {
    "@context": ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/dataloft/health/v1"],
    type: ["VerifiableCredential"],
    issuer: options.issuer,
    issuanceDate: "2026-01-01T00:00:00Z",
    ...(options.expirationDate ? { expirationDate: options.expirationDate } : {}),
    credentialSubject: {
      id: "https://catalogue.example/datasets/cancer-registry",
      purposeOfUse: ["OfficialStatistics"],
      population: { en: options.name ?? "Cancer patients 2020-2025" },
    },
  };
}
