// Finds a verification method in a DID document (top-level or embedded under a relationship, with
// relative "#key" ids) and says whether the document authorises it for the asked relationship.
import type { DidDocument, FoundVerificationMethod, JsonObject } from "@/lib/credentials/types";

import { convertMultikeyToJwk, type PublicKeyJwk } from "./convert-multikey-to-jwk";

export type VerificationRelationship = "assertionMethod" | "authentication" | "capabilityInvocation" | "capabilityDelegation" | "keyAgreement";

const RELATIONSHIPS: VerificationRelationship[] = ["assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation", "keyAgreement"];

export interface FindVerificationMethodOptions {
  document: DidDocument;
  /** Absolute DID URL or a fragment relative to the document ("#key-1"). */
  id: string;
  relationship: VerificationRelationship;
}

export type { FoundVerificationMethod };

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function absolute(reference: string, documentId: string): string {
  return reference.startsWith("#") ? `${documentId}${reference}` : reference;
}

function readPublicKey(method: JsonObject): { jwk: PublicKeyJwk | null; error: string | null } {
  const { publicKeyJwk, publicKeyMultibase } = method;
  if (publicKeyJwk && typeof publicKeyJwk === "object" && !Array.isArray(publicKeyJwk)) {
    const jwk = publicKeyJwk as Record<string, unknown>;
    if ("d" in jwk || "k" in jwk) return { jwk: null, error: "publicKeyJwk carries private or symmetric key material" };
    if (typeof jwk.kty !== "string") return { jwk: null, error: "publicKeyJwk has no kty" };
    const members: PublicKeyJwk = { kty: jwk.kty };
    for (const name of ["crv", "x", "y", "n", "e"] as const) {
      if (typeof jwk[name] === "string") members[name] = jwk[name] as string;
    }
    return { jwk: members, error: null };
  }
  if (typeof publicKeyMultibase === "string") {
    try {
      return { jwk: convertMultikeyToJwk({ publicKeyMultibase }), error: null };
    } catch (error) {
      return { jwk: null, error: (error as Error).message };
    }
  }
  return { jwk: null, error: "the method has neither publicKeyJwk nor publicKeyMultibase" };
}

/** The verification method `id` of `document`, or null when the document does not contain it. */
export function findVerificationMethod(options: FindVerificationMethodOptions): FoundVerificationMethod | null {
  const { document } = options;
  const wanted = absolute(options.id, document.id);
  const candidates = [document.verificationMethod, ...RELATIONSHIPS.map((name) => document[name])].flatMap(asList);
  const method = candidates.find(
    (candidate): candidate is JsonObject =>
      !!candidate &&
      typeof candidate === "object" &&
      typeof (candidate as JsonObject).id === "string" &&
      absolute((candidate as JsonObject).id as string, document.id) === wanted,
  );
  if (!method) return null;
  const authorized = asList(document[options.relationship]).some((entry) =>
    typeof entry === "string"
      ? absolute(entry, document.id) === wanted
      : !!entry &&
        typeof entry === "object" &&
        typeof (entry as JsonObject).id === "string" &&
        absolute((entry as JsonObject).id as string, document.id) === wanted,
  );
  const { jwk, error } = readPublicKey(method);
  const rawJwk = (method.publicKeyJwk ?? {}) as Record<string, unknown>;
  return {
    id: wanted,
    method,
    controller: typeof method.controller === "string" ? method.controller : null,
    authorized,
    publicKeyJwk: jwk,
    keyError: error,
    x5u: typeof rawJwk.x5u === "string" ? rawJwk.x5u : null,
    x5c: Array.isArray(rawJwk.x5c) && rawJwk.x5c.every((entry) => typeof entry === "string") ? (rawJwk.x5c as string[]) : null,
  };
}
