import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as ecdsaRdfc2019 } from "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import jsigs from "jsonld-signatures";

import { unwrapLoaderError } from "@/lib/credentials/jsonld/jsonld-issues";
import type { DocumentLoader, JsonObject } from "@/lib/credentials/types";

import { signatureOnlyPurpose } from "./proof-purposes";
import { describeProofSuite } from "./proof-suites";

export interface VerifyDataIntegrityProofOptions {
  /** The secured document; only `proof` is checked, other proofs are ignored. */
  document: JsonObject;
  proof: JsonObject;
  /**
   * The proofs `proof.previousProof` names (VC Data Integrity §2.1.2 proof chains): a chained proof
   * signs the document with them in it, so they are put back before hashing.
   */
  previousProofs?: JsonObject[];
  /** Suite loader: contexts offline, DID URLs through the injected resolver. */
  documentLoader: DocumentLoader;
}

// Verification-only suite instances hold no key and no state: share them.
const dataIntegritySuites = [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 })];
const suites = [...dataIntegritySuites, new Ed25519Signature2020()];

/**
 * Signature of one eddsa-rdfc-2022, ecdsa-rdfc-2019 (P-256/P-384) or Ed25519Signature2020 proof. Uses
 * jsonld-signatures (the engine behind @digitalbazaar/vc.verifyCredential) directly because vc folds date
 * and purpose checks into the same opaque error, and we report each of those as its own check.
 */
export async function verifyDataIntegrityProof(options: VerifyDataIntegrityProofOptions): Promise<{ verified: boolean; message: string }> {
  const name = describeProofSuite(options.proof);
  try {
    const result = options.previousProofs?.length ? await verifyChainedProof(options) : await verifySingleProof(options);
    if (result.verified) return { verified: true, message: `${name} signature verified` };
    const cause = unwrapLoaderError(result.error);
    return { verified: false, message: `${name} signature invalid: ${(cause as Error)?.message ?? "unknown error"}` };
  } catch (error) {
    return { verified: false, message: `${name} cannot be checked: ${(unwrapLoaderError(error) as Error).message}` };
  }
}

async function verifySingleProof(options: VerifyDataIntegrityProofOptions): Promise<{ verified: boolean; error?: unknown }> {
  const single = { ...options.document, proof: options.proof };
  const result = await jsigs.verify(single, { suite: suites, purpose: signatureOnlyPurpose, documentLoader: options.documentLoader });
  return { verified: result.verified, error: result.results?.[0]?.error ?? result.error?.errors?.[0] ?? result.error };
}

/**
 * jsonld-signatures strips every proof before hashing and has no previousProof support, so a chained
 * proof goes to the suite itself, over the document carrying exactly the proofs it names (§4.3 step 4).
 */
async function verifyChainedProof(options: VerifyDataIntegrityProofOptions): Promise<{ verified: boolean; error?: unknown }> {
  const { proof } = options;
  const suite = dataIntegritySuites.find((candidate) => candidate.cryptosuite === proof.cryptosuite && proof.type === "DataIntegrityProof");
  // Not a signature that failed: the suite has no chained form here, so nothing was checked.
  if (!suite) throw new Error(`${describeProofSuite(proof)} proofs cannot be chained (previousProof is a Data Integrity feature)`);
  const { proof: _all, ...unsecured } = options.document;
  const document = { ...unsecured, proof: options.previousProofs };
  // As jsonld-signatures does for every RDFC suite: the proof options are read in the document's context.
  const withContext = { "@context": options.document["@context"], ...proof };
  return suite.verifyProof({ proof: withContext, document, proofSet: [withContext], documentLoader: options.documentLoader });
}
