import { resolveDidKey } from "@/lib/credentials/did/resolve-did-key";
import { fromBase64Url } from "@/lib/credentials/keys/encoding";
import type { DidDocument, DidResolution, DidResolver } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

export interface CreateStaticDidResolverOptions {
  /** Pinned DID documents by DID (e.g. test fixtures, operator-pinned issuers). */
  documents?: Map<string, DidDocument>;
}

/**
 * Offline resolver for did:jwk, did:key (Ed25519, P-256, P-384) and pinned documents. Used by tests and the bench;
 * the portal's real resolver lives in lib/credentials/did.
 */
export function createStaticDidResolver(options: CreateStaticDidResolverOptions = {}): DidResolver {
  return {
    async resolve(did: string): Promise<DidResolution> {
      const pinned = options.documents?.get(did);
      if (pinned) return { document: pinned, source: "pinned" };
      if (did.startsWith("did:jwk:")) return { document: didJwkDocument(did), source: "did:jwk" };
      if (did.startsWith("did:key:")) return { document: resolveDidKey({ did }), source: "did:key" };
      throw new AppError("DID_UNRESOLVABLE", { message: `DID ${did} is not pinned and cannot be derived offline` });
    },
  };
}

function didJwkDocument(did: string): DidDocument {
  let publicKeyJwk: Record<string, unknown>;
  try {
    publicKeyJwk = JSON.parse(new TextDecoder().decode(fromBase64Url(did.slice("did:jwk:".length)))) as Record<string, unknown>;
  } catch (error) {
    throw new AppError("DID_UNRESOLVABLE", { message: `did:jwk value is not a base64url JWK`, cause: error });
  }
  const id = `${did}#0`;
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
    id: did,
    verificationMethod: [{ id, type: "JsonWebKey2020", controller: did, publicKeyJwk }],
    assertionMethod: [id],
    authentication: [id],
  };
}
