// Which proof suites the portal verifies, and the words for one it does not. A proof in a suite we do
// not implement is "not supported", never "signature invalid": nothing was checked, nothing failed.
import type { JsonObject, VerificationCheck } from "@/lib/credentials/types";

/** DataIntegrityProof cryptosuites with a verifier here (VC DI EdDSA, VC DI ECDSA). */
export const DATA_INTEGRITY_CRYPTOSUITES = ["eddsa-rdfc-2022", "ecdsa-rdfc-2019"] as const;

/** Proof types other than DataIntegrityProof with a verifier here. */
const LEGACY_PROOF_TYPES = ["Ed25519Signature2020", "JsonWebSignature2020"] as const;

const SUPPORTED_NAMES = [...DATA_INTEGRITY_CRYPTOSUITES, ...LEGACY_PROOF_TYPES].join(", ");

/** "DataIntegrityProof (ecdsa-rdfc-2019)" or the proof type, for messages. */
export function describeProofSuite(proof: JsonObject): string {
  return proof.type === "DataIntegrityProof" ? `DataIntegrityProof (${String(proof.cryptosuite)})` : String(proof.type);
}

/** Whether a verifier for the proof's type (and cryptosuite) exists here. */
export function isSupportedProofSuite(proof: JsonObject): boolean {
  if (proof.type === "DataIntegrityProof") {
    return (DATA_INTEGRITY_CRYPTOSUITES as readonly unknown[]).includes(proof.cryptosuite);
  }
  return (LEGACY_PROOF_TYPES as readonly unknown[]).includes(proof.type);
}

/** "proof.suite": names the suite, and says plainly when the portal cannot check it. */
export function checkProofSuite(options: { proof: JsonObject; path?: string }): VerificationCheck {
  const { proof, path } = options;
  if (isSupportedProofSuite(proof)) {
    return { id: "proof.suite", passed: true, message: `${describeProofSuite(proof)} is supported`, path };
  }
  const name =
    proof.type === "DataIntegrityProof"
      ? typeof proof.cryptosuite === "string"
        ? proof.cryptosuite
        : "DataIntegrityProof without a cryptosuite"
      : typeof proof.type === "string"
        ? proof.type
        : `proof type ${JSON.stringify(proof.type ?? null)}`;
  return {
    id: "proof.suite",
    passed: false,
    message: `${name} is not supported: the signature was not checked (this portal verifies ${SUPPORTED_NAMES})`,
    path,
  };
}
