// did:jwk documents are derived from the DID alone (did:jwk method specification).
import { fromBase64Url } from "@/lib/credentials/keys/encoding";
import type { DidDocument, JsonObject } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

export interface ResolveDidJwkOptions {
  did: string;
}

function unresolvable(did: string, reason: string, cause?: unknown): AppError {
  return new AppError("DID_UNRESOLVABLE", { message: `${did.slice(0, 80)} is not a valid did:jwk: ${reason}`, cause });
}

/** Builds the DID document of a did:jwk: one method `#0`, relationships as the JWK's `use` allows. */
export function resolveDidJwk(options: ResolveDidJwkOptions): DidDocument {
  const { did } = options;
  const encoded = did.slice("did:jwk:".length);
  let jwk: unknown;
  try {
    jwk = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(encoded)));
  } catch (cause) {
    throw unresolvable(did, "the identifier is not base64url-encoded JSON", cause);
  }
  if (!jwk || typeof jwk !== "object" || Array.isArray(jwk)) throw unresolvable(did, "the JWK is not an object");
  const key = jwk as JsonObject;
  if (typeof key.kty !== "string") throw unresolvable(did, "the JWK has no kty");
  // A DID is public: a private member means the key owner leaked the key, so it must not be trusted.
  if ("d" in key || "p" in key || "k" in key) throw unresolvable(did, "the JWK carries private or symmetric key material");
  const methodId = `${did}#0`;
  const signing = key.use !== "enc";
  const encryption = key.use !== "sig";
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
    id: did,
    verificationMethod: [{ id: methodId, type: "JsonWebKey2020", controller: did, publicKeyJwk: key }],
    ...(signing ? { assertionMethod: [methodId], authentication: [methodId], capabilityInvocation: [methodId], capabilityDelegation: [methodId] } : {}),
    ...(encryption ? { keyAgreement: [methodId] } : {}),
  };
}
