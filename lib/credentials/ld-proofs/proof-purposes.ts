// Duck-typed jsonld-signatures proof purposes. Purpose and key authorisation are checked separately
// (verify-credential names each check), so the signature step must neither reject nor hide them.
import type { JsonObject } from "@/lib/credentials/types";

/** Accepts any proofPurpose during verification: the suite then reports the signature alone. */
export const signatureOnlyPurpose = {
  term: "any",
  async match() {
    return true;
  },
  async validate() {
    return { valid: true };
  },
};

/** Writes the given proofPurpose when signing (assertionMethod unless a test needs another). */
export function createSigningPurpose(proofPurpose: string) {
  return {
    term: proofPurpose,
    async update(proof: JsonObject) {
      proof.proofPurpose = proofPurpose;
      return proof;
    },
    async match(proof: JsonObject) {
      return proof.proofPurpose === proofPurpose;
    },
    async validate() {
      return { valid: true };
    },
  };
}
