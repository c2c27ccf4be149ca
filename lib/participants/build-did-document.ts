import type { DidDocument } from "@/lib/credentials/types";
import { jwkToPublicKeyMultibase } from "@/lib/credentials/keys/multikey";

// The did:web document of a portal-hosted participant: every active key is usable for assertions
// (signing self-descriptions) and authentication; retired keys stay listed for verifying old
// credentials but no longer under assertionMethod.

export interface HostedKey {
  keyId: string;
  publicKeyJwk: unknown;
  status: "ACTIVE" | "RETIRED";
}

export function buildDidDocument(options: { did: string; keys: HostedKey[] }): DidDocument {
  const methodId = (key: HostedKey) => `${options.did}#${key.keyId}`;
  const active = options.keys.filter((key) => key.status === "ACTIVE");
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1", "https://w3id.org/security/suites/jws-2020/v1"],
    id: options.did,
    // Ed25519 keys are Multikey (what Data Integrity eddsa-rdfc-2022 expects); others JsonWebKey2020.
    verificationMethod: options.keys.map((key) => {
      const jwk = key.publicKeyJwk as { kty?: string; crv?: string; x?: string };
      return jwk.kty === "OKP" && jwk.crv === "Ed25519"
        ? {
            id: methodId(key),
            type: "Multikey",
            controller: options.did,
            publicKeyMultibase: jwkToPublicKeyMultibase({ kty: "OKP", crv: "Ed25519", x: jwk.x }),
          }
        : { id: methodId(key), type: "JsonWebKey2020", controller: options.did, publicKeyJwk: key.publicKeyJwk };
    }),
    assertionMethod: active.map(methodId),
    authentication: active.map(methodId),
  };
}
