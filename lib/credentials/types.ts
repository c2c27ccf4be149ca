// Shared contracts of the credential core. Verification outcomes are data, not exceptions.
import type { PublicKeyJwk } from "./did/convert-multikey-to-jwk";

export type CredentialFormat = "JSONLD_VC" | "JSONLD_VP" | "VC_JWT" | "VP_JWT";

export type CheckSeverity = "error" | "warning";

/** One named check: the UI and the API explain every verdict with these. */
export interface VerificationCheck {
  /** Stable id, e.g. "proof.signature", "proof.purpose", "did.resolved", "key.controller", "validity.window".
   * The JSON-LD and the JWT path use the same id for the same question. */
  id: string;
  passed: boolean;
  /** Plain words a person understands: "Signed by did:web:… with key #key-1 on 2026-03-02". */
  message: string;
  /** Where in the document the check applies, e.g. "verifiableCredential[1].proof". */
  path?: string;
  /** When a failed check only warrants a warning (legacy format, millisecond timestamps…). */
  severity?: CheckSeverity;
  /** For a failed check: short advice for the person who can act ("Ask the issuer to re-sign with …"). */
  remedy?: string;
}

export interface VerificationOutcome {
  verified: boolean;
  format: CredentialFormat;
  issuer: string | null;
  checks: VerificationCheck[];
  warnings: string[];
  errors: string[];
  /** Outcomes of the credentials inside a presentation, in document order. */
  credentials?: VerificationOutcome[];
  /** Of a Gaia-X { selfDescriptionCredential, complianceCredential } object: the compliance credential's own outcome. */
  compliance?: VerificationOutcome;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type JsonObject = { [key: string]: unknown };

export interface DidDocument extends JsonObject {
  id: string;
}

export interface DidResolution {
  document: DidDocument;
  /** How the document was obtained: "did:key", "did:jwk", "hosted", "pinned", "https". */
  source: string;
}

/** Resolves a DID to its document. Throws CredentialError("DID_UNRESOLVABLE") when it cannot. */
export interface DidResolver {
  resolve(did: string): Promise<DidResolution>;
}

/** jsonld.js document loader signature. */
export type DocumentLoader = (url: string) => Promise<{
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}>;

/** A verification method found in a DID document (lib/credentials/did/find-verification-method). */
export interface FoundVerificationMethod {
  /** Absolute id of the method. */
  id: string;
  method: JsonObject;
  controller: string | null;
  /** Whether the document lists the method under the asked relationship. */
  authorized: boolean;
  /** Key members only (kty, crv, x, y, n, e): safe to hand to jose's importJWK. */
  publicKeyJwk: PublicKeyJwk | null;
  /** Why no public key could be read, when publicKeyJwk is null. */
  keyError: string | null;
  /** X.509 members of a publicKeyJwk, for the certificate-chain check. */
  x5u: string | null;
  x5c: string[] | null;
}

/**
 * Extra checks on a key whose signature verified, e.g. its X.509 chain (lib/credentials/x509). Runs on
 * the JSON-LD and the JWT path alike; the returned checks join the outcome.
 */
export type KeyCheck = (options: { key: FoundVerificationMethod; signedAt: Date; path?: string }) => Promise<VerificationCheck[]>;

/**
 * Status checks of one credential whose signature verified (lib/credentials/status/create-status-check).
 * `path` locates the credential ("" or absent for the top document); returned checks carry full paths.
 */
export type StatusCheck = (options: { credential: JsonObject; path?: string }) => Promise<VerificationCheck[]>;
