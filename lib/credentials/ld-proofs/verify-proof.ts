import { describeIssuerBinding } from "@/lib/credentials/describe-issuer-binding";
import { findVerificationMethod, type FoundVerificationMethod } from "@/lib/credentials/did/find-verification-method";
import type { JsonLdIssue } from "@/lib/credentials/jsonld/jsonld-issues";
import type { DidDocument, DidResolver, DocumentLoader, JsonObject, VerificationCheck } from "@/lib/credentials/types";

import { checkKeyBinding } from "./check-key-binding";
import { createSuiteDocumentLoader } from "./create-suite-document-loader";
import { parseDetachedJws } from "./parse-detached-jws";
import { checkProofSuite } from "./proof-suites";
import { resolveVerificationMethod } from "./resolve-verification-method";
import { verifyDataIntegrityProof } from "./verify-data-integrity-proof";
import { verifyJws2020Proof } from "./verify-jws-2020-proof";

export interface VerifyProofOptions {
  document: JsonObject;
  proof: JsonObject;
  expectedController: string | null;
  documentLoader: DocumentLoader;
  didResolver: DidResolver;
  keyControllerPolicy: "require" | "warn";
  /** A credential is asserted; a presentation is signed for authentication (or, as Gaia-X does, asserted). */
  role: "credential" | "presentation";
  /** The proofs `proof.previousProof` names, when it names any (proof chains). */
  previousProofs?: JsonObject[];
  /** The document without proof, already expanded (JsonWebSignature2020 canonicalizes it). */
  expandedDocument?: unknown[];
  /** Where the proof sits, e.g. "verifiableCredential[0].proof". */
  path: string;
}

const EXPECTED_PURPOSES: Record<VerifyProofOptions["role"], string[]> = {
  credential: ["assertionMethod"],
  presentation: ["authentication", "assertionMethod"],
};

export interface VerifyProofResult {
  checks: VerificationCheck[];
  jsonLdIssues: JsonLdIssue[];
  /** The key that verified the signature (absent when it did not), for further checks such as X.509. */
  key?: FoundVerificationMethod;
}

/** All checks of one proof: suite, purpose, DID resolution, key binding, signature (and hashing coverage). */
export async function verifyProof(options: VerifyProofOptions): Promise<VerifyProofResult> {
  const { proof, path } = options;
  const checks: VerificationCheck[] = [];
  const expectedPurposes = EXPECTED_PURPOSES[options.role];
  const purposeOk = expectedPurposes.includes(proof.proofPurpose as string);
  checks.push({
    id: "proof.purpose",
    passed: purposeOk,
    message: purposeOk
      ? `Proof purpose is ${String(proof.proofPurpose)}`
      : `Proof purpose is ${JSON.stringify(proof.proofPurpose)}, expected ${expectedPurposes.join(" or ")}`,
    path,
  });
  const suite = checkProofSuite({ proof, path });
  checks.push(suite);
  // Nothing can be checked for a suite without a verifier; resolving its key would only add noise.
  if (!suite.passed) return { checks, jsonLdIssues: [] };
  // The key must be listed under the relationship the proof claims (a presentation's authentication key).
  const relationship = purposeOk ? (proof.proofPurpose as "assertionMethod" | "authentication") : "assertionMethod";
  const verificationMethodId =
    typeof proof.verificationMethod === "string" ? proof.verificationMethod : (proof.verificationMethod as { id?: unknown } | undefined)?.id;
  if (typeof verificationMethodId !== "string") {
    checks.push({ id: "proof.signature", passed: false, message: "Proof names no verificationMethod", path });
    return { checks, jsonLdIssues: [] };
  }
  if (proof.type === "JsonWebSignature2020" && proof.previousProof !== undefined) {
    // Its signing input has no place for earlier proofs: a "chain" here would be a claim nothing covers.
    checks.push({
      id: "proof.signature",
      passed: false,
      message: "Signature not checked: JsonWebSignature2020 proofs cannot be chained (previousProof is a Data Integrity feature)",
      path,
    });
    return { checks, jsonLdIssues: [] };
  }
  if (proof.type === "JsonWebSignature2020") {
    const parsed = parseDetachedJws(proof.jws);
    if (!parsed.ok) {
      checks.push({ id: "proof.signature", passed: false, message: parsed.message, path });
      return { checks, jsonLdIssues: [] };
    }
  }
  const resolved = await resolveVerificationMethod({ verificationMethodId, didResolver: options.didResolver });
  if (!resolved.ok) {
    checks.push({
      id: resolved.reason === "did.unresolvable" ? "did.resolved" : "key.authorized",
      passed: false,
      message: resolved.message,
      path,
    });
    checks.push({ id: "proof.signature", passed: false, message: "Signature not checked: no public key", path });
    return { checks, jsonLdIssues: [] };
  }
  checks.push({ id: "did.resolved", passed: true, message: `Resolved ${resolved.did} (${resolved.source})`, path });
  checks.push(
    ...checkKeyBinding({
      verificationMethodId,
      verificationMethod: resolved.verificationMethod,
      didDocument: resolved.didDocument,
      expectedController: options.expectedController,
      keyControllerPolicy: options.keyControllerPolicy,
      relationship,
      path,
    }),
  );

  if (proof.type === "JsonWebSignature2020") {
    const result = await verifyJws2020Proof({
      document: options.document,
      proof,
      verificationMethod: resolved.verificationMethod,
      documentLoader: options.documentLoader,
      expandedDocument: options.expandedDocument,
    });
    checks.push({ id: "proof.signature", passed: result.verified, message: result.message, path });
    restateIssuerBinding(checks, resolved.did, options, result.verified);
    if (result.hashing === "gaiax-22.10") {
      checks.push({
        id: "proof.coverage",
        passed: false,
        severity: "warning",
        path,
        message: "Gaia-X 22.10 hashing: proof options (created, purpose, key) are not covered by the signature",
      });
    } else if (result.hashing === "gaiax-22.06") {
      checks.push({
        id: "proof.coverage",
        passed: false,
        severity: "warning",
        path,
        message: "Gaia-X 22.06 hashing: only credentialSubject.hash is signed; issuer and dates are not covered",
      });
    }
    return {
      checks,
      jsonLdIssues: result.verified ? result.issues : [],
      key: result.verified ? signingKey(resolved, verificationMethodId, relationship) : undefined,
    };
  }
  if (proof.type === "DataIntegrityProof" || proof.type === "Ed25519Signature2020") {
    const result = await verifyDataIntegrityProof({
      document: options.document,
      proof,
      previousProofs: options.previousProofs,
      documentLoader: createSuiteDocumentLoader({
        documentLoader: options.documentLoader,
        didResolver: options.didResolver,
      }),
    });
    checks.push({ id: "proof.signature", passed: result.verified, message: result.message, path });
    restateIssuerBinding(checks, resolved.did, options, result.verified);
    return { checks, jsonLdIssues: [], key: result.verified ? signingKey(resolved, verificationMethodId, relationship) : undefined };
  }
  // Unreachable while checkProofSuite and the branches above agree; kept so a new suite cannot pass silently.
  checks.push({ id: "proof.signature", passed: false, message: `No verifier for proof type ${JSON.stringify(proof.type)}`, path });
  return { checks, jsonLdIssues: [] };
}

/** Once the signature is known, a foreign key's key.controller says both facts in one sentence. */
function restateIssuerBinding(checks: VerificationCheck[], signer: string, options: VerifyProofOptions, signatureValid: boolean) {
  const binding = checks.find((check) => check.id === "key.controller" && !check.passed);
  if (!binding || signer === options.expectedController) return;
  binding.message = describeIssuerBinding({ signer, expected: options.expectedController, role: options.role, signatureValid });
}

function signingKey(
  resolved: { didDocument: DidDocument },
  verificationMethodId: string,
  relationship: "assertionMethod" | "authentication",
): FoundVerificationMethod | undefined {
  return findVerificationMethod({ document: resolved.didDocument, id: verificationMethodId, relationship }) ?? undefined;
}
