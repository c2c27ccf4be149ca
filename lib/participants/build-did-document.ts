import type { DidDocument } from "@/lib/credentials/types";

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
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
    id: options.did,
    verificationMethod: options.keys.map((key) => ({
      id: methodId(key),
      type: "JsonWebKey2020",
      controller: options.did,
      publicKeyJwk: key.publicKeyJwk,
    })),
    assertionMethod: active.map(methodId),
    authentication: active.map(methodId),
  };
}
