import type { DidDocument, DidResolver, JsonObject } from "@/lib/credentials/types";

export interface ResolveVerificationMethodOptions {
  verificationMethodId: string;
  didResolver: DidResolver;
}

export type ResolvedVerificationMethod =
  | { ok: true; did: string; didDocument: DidDocument; verificationMethod: JsonObject; source: string }
  | { ok: false; reason: "did.unresolvable" | "key.missing"; message: string };

/** Absolute form of a DID URL that a DID document may write relative ("#key-1"). */
export function absoluteDidUrl(reference: string, did: string): string {
  return reference.startsWith("#") ? `${did}${reference}` : reference;
}

/**
 * Resolves the DID of a verification method and finds the method in its document (also when it is
 * embedded under a verification relationship). Failures are data: the caller turns them into checks.
 */
export async function resolveVerificationMethod(options: ResolveVerificationMethodOptions): Promise<ResolvedVerificationMethod> {
  const { verificationMethodId } = options;
  if (!verificationMethodId.startsWith("did:")) {
    return { ok: false, reason: "did.unresolvable", message: `verification method ${verificationMethodId} is not a DID URL` };
  }
  const did = verificationMethodId.split("#")[0] ?? verificationMethodId;
  let resolution: Awaited<ReturnType<DidResolver["resolve"]>>;
  try {
    resolution = await options.didResolver.resolve(did);
  } catch (error) {
    return { ok: false, reason: "did.unresolvable", message: `DID ${did} cannot be resolved: ${(error as Error).message}` };
  }
  const didDocument = resolution.document;
  const candidates: unknown[] = [];
  for (const relationship of ["verificationMethod", "assertionMethod", "authentication"]) {
    const value = didDocument[relationship];
    candidates.push(...(Array.isArray(value) ? value : value ? [value] : []));
  }
  for (const candidate of candidates) {
    if (!candidate || typeof candidate !== "object") continue;
    const method = candidate as JsonObject;
    if (typeof method.id === "string" && absoluteDidUrl(method.id, didDocument.id) === verificationMethodId) {
      return { ok: true, did, didDocument, verificationMethod: method, source: resolution.source };
    }
  }
  return { ok: false, reason: "key.missing", message: `DID document ${did} has no verification method ${verificationMethodId}` };
}
