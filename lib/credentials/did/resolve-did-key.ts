// did:key documents are derived from the DID alone (W3C CCG did:key, Multikey representation).
import { AppError } from "@/lib/errors/app-error";
import type { DidDocument } from "@/lib/credentials/types";

import { convertMultikeyToJwk } from "./convert-multikey-to-jwk";

export interface ResolveDidKeyOptions {
  did: string;
}

/** Builds the DID document of an Ed25519 (z6Mk…), P-256 (zDn…) or P-384 (z82…) did:key. */
export function resolveDidKey(options: ResolveDidKeyOptions): DidDocument {
  const { did } = options;
  const publicKeyMultibase = did.slice("did:key:".length);
  if (!/^z[1-9A-HJ-NP-Za-km-z]+$/.test(publicKeyMultibase)) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${did} is not a base58btc did:key` });
  }
  try {
    // Decoding validates the multicodec prefix, the length and (for P-256) the point itself.
    convertMultikeyToJwk({ publicKeyMultibase });
  } catch (cause) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${did}: ${(cause as Error).message}`, cause });
  }
  const methodId = `${did}#${publicKeyMultibase}`;
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
    id: did,
    verificationMethod: [{ id: methodId, type: "Multikey", controller: did, publicKeyMultibase }],
    authentication: [methodId],
    assertionMethod: [methodId],
    capabilityInvocation: [methodId],
    capabilityDelegation: [methodId],
  };
}
