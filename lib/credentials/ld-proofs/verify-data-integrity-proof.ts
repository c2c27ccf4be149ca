import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import jsigs from "jsonld-signatures";

import { unwrapLoaderError } from "@/lib/credentials/jsonld/jsonld-issues";
import type { DocumentLoader, JsonObject } from "@/lib/credentials/types";

import { signatureOnlyPurpose } from "./proof-purposes";

export interface VerifyDataIntegrityProofOptions {
  /** The secured document; only `proof` is checked, other proofs are ignored. */
  document: JsonObject;
  proof: JsonObject;
  /** Suite loader: contexts offline, DID URLs through the injected resolver. */
  documentLoader: DocumentLoader;
}

// Verification-only suite instances hold no key and no state: share them.
const suites = [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new Ed25519Signature2020()];

/**
 * Signature of one eddsa-rdfc-2022 or Ed25519Signature2020 proof. Uses jsonld-signatures (the engine
 * behind @digitalbazaar/vc.verifyCredential) directly because vc folds date and purpose checks into the
 * same opaque error, and we report each of those as its own check.
 */
export async function verifyDataIntegrityProof(
  options: VerifyDataIntegrityProofOptions,
): Promise<{ verified: boolean; message: string }> {
  const single = { ...options.document, proof: options.proof };
  try {
    const result = await jsigs.verify(single, {
      suite: suites, purpose: signatureOnlyPurpose, documentLoader: options.documentLoader,
    });
    if (result.verified) return { verified: true, message: `${describe(options.proof)} signature verified` };
    const error = result.results?.[0]?.error ?? result.error?.errors?.[0] ?? result.error;
    const cause = unwrapLoaderError(error);
    return { verified: false, message: `${describe(options.proof)} signature invalid: ${(cause as Error)?.message ?? "unknown error"}` };
  } catch (error) {
    return { verified: false, message: `${describe(options.proof)} cannot be checked: ${(unwrapLoaderError(error) as Error).message}` };
  }
}

function describe(proof: JsonObject): string {
  return proof.type === "DataIntegrityProof" ? `DataIntegrityProof (${String(proof.cryptosuite)})` : String(proof.type);
}
