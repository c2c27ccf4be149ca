// Test helpers: did:jwk and did:key issuers with fresh keys (imported by *.test.ts only).
import { exportJWK, generateKeyPair, type JWK } from "jose";

import { toBase64Url } from "@/lib/credentials/keys/encoding";
import { jwkToPublicKeyMultibase, type PublicJwk } from "@/lib/credentials/keys/multikey";
import type { JsonObject } from "@/lib/credentials/types";

import type { JwtAlgorithm } from "./jwt-algorithms";

export interface TestIssuer {
  did: string;
  kid: string;
  alg: JwtAlgorithm;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function createTestIssuer(alg: JwtAlgorithm, use?: "sig" | "enc"): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...(alg === "EdDSA" ? { crv: "Ed25519" } : {}) });
  const publicJwk = { ...(await exportJWK(publicKey)), ...(use ? { use } : {}) };
  const did = `did:jwk:${toBase64Url(new TextEncoder().encode(JSON.stringify(publicJwk)))}`;
  return { did, kid: `${did}#0`, alg, privateKey, publicJwk };
}

/** An EC or Ed25519 issuer whose DID is a did:key; `kid` is the bare DID (a did:key has one key). */
export async function createDidKeyIssuer(alg: "ES256" | "ES384" | "EdDSA"): Promise<TestIssuer> {
  const issuer = await createTestIssuer(alg);
  const did = `did:key:${jwkToPublicKeyMultibase(issuer.publicJwk as PublicJwk)}`;
  return { ...issuer, did, kid: did };
}

export function testCredential(issuer: string, extra: JsonObject = {}): JsonObject {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    type: ["VerifiableCredential"],
    issuer,
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: { id: "did:web:patient-data.example", name: "Example Hospital" },
    ...extra,
  };
}
