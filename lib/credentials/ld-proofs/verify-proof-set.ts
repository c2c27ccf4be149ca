// Proof sets and proof chains (VC Data Integrity §2.1.1, §2.1.2): every proof is verified in document
// order and reported under its own path; a chained proof also gets "proof.chain" for its previousProof.
import type { JsonLdIssue } from "@/lib/credentials/jsonld/jsonld-issues";
import type { Clock, DidResolver, DocumentLoader, JsonObject, KeyCheck, VerificationCheck } from "@/lib/credentials/types";

import { verifyProof } from "./verify-proof";

export interface VerifyProofSetOptions {
  document: JsonObject;
  proofs: JsonObject[];
  role: "credential" | "presentation";
  expectedController: string | null;
  documentLoader: DocumentLoader;
  didResolver: DidResolver;
  keyControllerPolicy: "require" | "warn";
  expandedDocument?: unknown[];
  clock: Clock;
  /** Prefix for check paths ("" for the top document). */
  path: string;
  checkKey?: KeyCheck;
}

export interface VerifyProofSetResult {
  checks: VerificationCheck[];
  jsonLdIssues: JsonLdIssue[];
}

interface ProofOutcome {
  proof: JsonObject;
  path: string;
  checks: VerificationCheck[];
  signed: boolean;
}

/** previousProof as a list of ids (it may be one string or an array of strings); null when absent. */
function previousProofIds(proof: JsonObject): string[] | null {
  const value = proof.previousProof;
  if (value === undefined) return null;
  return ([] as unknown[]).concat(value).map((entry) => (typeof entry === "string" ? entry : JSON.stringify(entry)));
}

/** Checks of every proof of the document, in document order. */
export async function verifyProofSet(options: VerifyProofSetOptions): Promise<VerifyProofSetResult> {
  const { document, proofs } = options;
  const at = (suffix: string) => (options.path ? `${options.path}.${suffix}` : suffix);
  const outcomes: ProofOutcome[] = [];
  const jsonLdIssues: JsonLdIssue[] = [];
  for (const [index, proof] of proofs.entries()) {
    const path = proofs.length > 1 ? at(`proof[${index}]`) : at("proof");
    const wanted = previousProofIds(proof);
    const previousProofs = wanted
      ? proofs.filter((candidate) => candidate !== proof && typeof candidate.id === "string" && wanted.includes(candidate.id))
      : undefined;
    const result = await verifyProof({
      document,
      proof,
      expectedController: options.expectedController,
      role: options.role,
      documentLoader: options.documentLoader,
      didResolver: options.didResolver,
      keyControllerPolicy: options.keyControllerPolicy,
      expandedDocument: options.expandedDocument,
      previousProofs,
      path,
    });
    const checks = [...result.checks];
    jsonLdIssues.push(...result.jsonLdIssues);
    if (result.key && options.checkKey) {
      checks.push(...(await options.checkKey({ key: result.key, signedAt: signingDate(proof, document, options.clock), path })));
    }
    const signed = checks.some((check) => check.id === "proof.signature" && check.passed);
    outcomes.push({ proof, path, checks, signed });
  }
  const checks: VerificationCheck[] = [];
  for (const outcome of outcomes) {
    checks.push(...outcome.checks);
    const chain = checkChain(outcome, outcomes);
    if (chain) checks.push(chain);
  }
  return { checks, jsonLdIssues };
}

/**
 * "proof.chain": every id in previousProof is another proof of this document (§4.3: otherwise the
 * proof does not verify), and every proof it builds on verified, transitively.
 */
function checkChain(outcome: ProofOutcome, outcomes: ProofOutcome[]): VerificationCheck | null {
  const wanted = previousProofIds(outcome.proof);
  if (!wanted) return null;
  const byId = new Map<string, ProofOutcome>();
  for (const candidate of outcomes) {
    if (candidate !== outcome && typeof candidate.proof.id === "string") byId.set(candidate.proof.id, candidate);
  }
  const missing = wanted.filter((id) => !byId.has(id));
  if (wanted.length === 0 || missing.length > 0) {
    return {
      id: "proof.chain",
      passed: false,
      path: outcome.path,
      message:
        wanted.length === 0
          ? "previousProof is empty"
          : `previousProof names ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not a proof of this document`,
    };
  }
  const broken = new Set<string>();
  const visit = (ids: string[], seen: Set<string>) => {
    for (const id of ids) {
      const previous = byId.get(id);
      if (!previous || seen.has(id)) {
        broken.add(id);
        continue;
      }
      if (!previous.signed) broken.add(id);
      const further = previousProofIds(previous.proof);
      if (further) visit(further, new Set([...seen, id]));
    }
  };
  visit(wanted, new Set(typeof outcome.proof.id === "string" ? [outcome.proof.id] : []));
  return broken.size === 0
    ? { id: "proof.chain", passed: true, path: outcome.path, message: `Chained to ${wanted.join(", ")}, which verified` }
    : { id: "proof.chain", passed: false, path: outcome.path, message: `Chained to ${[...broken].join(", ")}, which did not verify (or loops back)` };
}

/** When the proof says it was made; the certificate chain must have been valid then. */
function signingDate(proof: JsonObject, document: JsonObject, clock: Clock): Date {
  for (const value of [proof.created, document.validFrom, document.issuanceDate]) {
    const date = typeof value === "string" ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return clock.now();
}
