import type { JsonObject } from "@/lib/credentials/types";

import { publicKeyMultibaseToJwk } from "./multikey";

export interface GetVerificationMethodJwkOptions {
  verificationMethod: JsonObject;
}

/** The public JWK of a verification method (publicKeyJwk, or an Ed25519 publicKeyMultibase). */
export function getVerificationMethodJwk(options: GetVerificationMethodJwkOptions): JsonObject {
  const { publicKeyJwk, publicKeyMultibase } = options.verificationMethod;
  if (publicKeyJwk && typeof publicKeyJwk === "object" && !Array.isArray(publicKeyJwk)) {
    // A private member in a published key is a publisher error; never use it.
    if ("d" in publicKeyJwk) throw new TypeError("publicKeyJwk contains private key material");
    return publicKeyJwk as JsonObject;
  }
  if (typeof publicKeyMultibase === "string") return publicKeyMultibaseToJwk(publicKeyMultibase);
  throw new TypeError("neither publicKeyJwk nor publicKeyMultibase present");
}
