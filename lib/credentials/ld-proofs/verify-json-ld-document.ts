import { addRemedies } from "@/lib/credentials/check-remedies";
import { expandWithIssues } from "@/lib/credentials/jsonld/expand-with-issues";
import { describeIssues, type JsonLdIssue } from "@/lib/credentials/jsonld/jsonld-issues";
import type { Clock, DidResolver, DocumentLoader, JsonObject, KeyCheck, StatusCheck, VerificationCheck, VerificationOutcome } from "@/lib/credentials/types";
import { isAppError } from "@/lib/errors/app-error";

import { checkValidityWindow } from "./check-validity-window";
import { verifyProofSet } from "./verify-proof-set";

const DATA_INTEGRITY_TYPES = new Set(["DataIntegrityProof", "Ed25519Signature2020"]);

export interface VerifyJsonLdDocumentOptions {
  document: JsonObject;
  role: "credential" | "presentation";
  documentLoader: DocumentLoader;
  didResolver: DidResolver;
  clock: Clock;
  maxClockSkewSeconds: number;
  keyControllerPolicy: "require" | "warn";
  legacyJsonLd: "warn" | "reject";
  /** Prefix for check paths ("" for the top document, "verifiableCredential[1]" inside a VP). */
  path: string;
  /** Extra checks on each key whose signature verified (X.509 chain of an x5u/x5c key). */
  checkKey?: KeyCheck;
  /** Status checks of a credential whose signatures verified; not run for presentations. */
  checkStatus?: StatusCheck;
}

/** Checks of one JSON-LD credential or presentation, not descending into embedded credentials. */
export async function verifyJsonLdDocument(options: VerifyJsonLdDocumentOptions): Promise<VerificationOutcome> {
  const { document, role, path } = options;
  const at = (suffix: string) => (path ? `${path}.${suffix}` : suffix);
  const expectedController = role === "credential" ? idOf(document.issuer) : idOf(document.holder);
  const checks: VerificationCheck[] = [];

  const proofs = ([] as unknown[])
    .concat(document.proof ?? [])
    .filter((proof): proof is JsonObject => !!proof && typeof proof === "object" && !Array.isArray(proof));
  const proofChecks: VerificationCheck[] = [];
  const proofIssues: JsonLdIssue[] = [];
  const runProofs = async (expandedDocument?: unknown[]) => {
    const result = await verifyProofSet({
      document,
      proofs,
      role,
      expectedController,
      expandedDocument,
      path,
      documentLoader: options.documentLoader,
      didResolver: options.didResolver,
      clock: options.clock,
      keyControllerPolicy: options.keyControllerPolicy,
      checkKey: options.checkKey,
    });
    proofChecks.push(...result.checks);
    proofIssues.push(...result.jsonLdIssues);
  };
  const presence: VerificationCheck = {
    id: "proof.present",
    passed: proofs.length > 0,
    message: proofs.length > 0 ? `${proofs.length} proof(s)` : `The ${role} carries no proof`,
    path: at("proof"),
  };

  // Data Integrity suites canonicalize in safe mode themselves: when their signatures verify, every
  // context loaded and nothing was dropped, so the separate expansion (a third of the cost) is skipped.
  const dataIntegrityOnly = proofs.length > 0 && proofs.every((proof) => DATA_INTEGRITY_TYPES.has(String(proof.type)));
  if (dataIntegrityOnly) {
    await runProofs();
    if (allSigned(proofChecks)) {
      checks.push(
        { id: "jsonld.contexts", passed: true, message: "Every @context is pinned or registered", path: path || undefined },
        presence,
        ...proofChecks,
        { id: "jsonld.legacy", passed: true, message: "Document passes JSON-LD safe mode (checked by the proof suite)", path: path || undefined },
      );
      checks.push(
        checkValidityWindow({
          document,
          proofs,
          clock: options.clock,
          maxClockSkewSeconds: options.maxClockSkewSeconds,
          path: path || undefined,
        }),
      );
      checks.push(...(await statusChecks(options, checks)));
      return outcome(options, expectedController, checks);
    }
  }

  // Expand without the proof: the document's terms are what the signature covers; the proof's own terms
  // are reported by the proof-options canonicalization (W3C-CCG hashing) instead.
  const { proof: _proof, ...unsigned } = document;
  let issues: JsonLdIssue[] = [];
  let expanded: unknown[] | undefined;
  try {
    ({ issues, expanded } = await expandWithIssues({ document: unsigned, documentLoader: options.documentLoader }));
    checks.push({ id: "jsonld.contexts", passed: true, message: "Every @context is pinned or registered", path: path || undefined });
  } catch (error) {
    if (isAppError(error) && error.code === "INTERNAL") throw error;
    checks.push({ id: "jsonld.contexts", passed: false, message: (error as Error).message, path: at("@context") });
    checks.push({ id: "proof.signature", passed: false, message: "Signature not checked: the document cannot be processed", path: at("proof") });
    return outcome(options, expectedController, checks);
  }
  checks.push(presence);
  if (!dataIntegrityOnly) await runProofs(expanded);
  checks.push(...proofChecks);
  checks.push(legacyCheck(options, proofs, [...issues, ...proofIssues], checks));
  checks.push(
    checkValidityWindow({
      document,
      proofs,
      clock: options.clock,
      maxClockSkewSeconds: options.maxClockSkewSeconds,
      path: path || undefined,
    }),
  );
  checks.push(...(await statusChecks(options, checks)));
  return outcome(options, expectedController, checks);
}

/**
 * Status lists are consulted only for a credential whose every signature verified: the status URL of
 * an unsigned or forged document is attacker-chosen, and fetching it would prove nothing.
 */
async function statusChecks(options: VerifyJsonLdDocumentOptions, checks: VerificationCheck[]): Promise<VerificationCheck[]> {
  if (!options.checkStatus || options.role !== "credential" || options.document.credentialStatus === undefined) return [];
  if (!allSigned(checks)) return [];
  return options.checkStatus({ credential: options.document, path: options.path || undefined });
}

/** Every proof's signature was checked and verified: at least one, none failed, no suite left unchecked. */
function allSigned(checks: VerificationCheck[]): boolean {
  const signatures = checks.filter((check) => check.id === "proof.signature");
  const unchecked = checks.some((check) => check.id === "proof.suite" && !check.passed);
  return !unchecked && signatures.length > 0 && signatures.every((check) => check.passed);
}

/**
 * Legacy policy: terms dropped by JSON-LD are not covered by any signature. JsonWebSignature2020 files
 * of the 22.10/XFSC era were signed that way, so a verified JWS 2020 proof over them is accepted with a
 * warning naming what was dropped; everything else (and every policy "reject") is an error.
 */
function legacyCheck(options: VerifyJsonLdDocumentOptions, proofs: JsonObject[], issues: JsonLdIssue[], checks: VerificationCheck[]): VerificationCheck {
  const path = options.path || undefined;
  if (issues.length === 0) {
    return { id: "jsonld.legacy", passed: true, message: "Document passes JSON-LD safe mode", path };
  }
  const signatureOk = checks.some((check) => check.id === "proof.signature" && check.passed);
  const legacySuite = proofs.length > 0 && proofs.every((proof) => proof.type === "JsonWebSignature2020");
  const tolerated = options.legacyJsonLd === "warn" && legacySuite && signatureOk;
  return {
    id: "jsonld.legacy",
    passed: false,
    path,
    ...(tolerated ? { severity: "warning" as const } : {}),
    message:
      `${tolerated ? "Legacy JSON-LD accepted" : "JSON-LD safe mode failed"}: ` +
      `no context defines these terms (dropped ones are NOT covered by the signature and are ignored; ` +
      `undefined prefixes stay as meaningless IRIs): ${describeIssues(issues)}`,
  };
}

function outcome(options: VerifyJsonLdDocumentOptions, issuer: string | null, checks: VerificationCheck[]): VerificationOutcome {
  const failed = addRemedies(checks).filter((check) => !check.passed);
  const errors = failed.filter((check) => check.severity !== "warning").map((check) => `${check.id}: ${check.message}`);
  const warnings = failed.filter((check) => check.severity === "warning").map((check) => `${check.id}: ${check.message}`);
  return {
    verified: errors.length === 0,
    format: options.role === "credential" ? "JSONLD_VC" : "JSONLD_VP",
    issuer,
    checks,
    warnings,
    errors,
  };
}

function idOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string") {
    return (value as { id: string }).id;
  }
  return null;
}
