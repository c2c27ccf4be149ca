// Finds the key a JWT names in `kid`: a DID URL of the issuer, resolved through the injected resolver,
// listed for the proof purpose, controlled by the issuer.
import { findVerificationMethod, type FoundVerificationMethod } from "@/lib/credentials/did/find-verification-method";
import type { DidResolver, VerificationCheck } from "@/lib/credentials/types";
import { isAppError } from "@/lib/errors/app-error";

export interface ResolveJwtKeyOptions {
  kid: unknown;
  issuer: string | null;
  didResolver: DidResolver;
  /** Presentations may be signed with an authentication key as well as an assertion key. */
  kind: "credential" | "presentation";
  path?: string;
}

export interface ResolvedJwtKey {
  checks: VerificationCheck[];
  key: FoundVerificationMethod | null;
  source: string | null;
}

/** Checks "jwt.kid", "did.resolved", "key.controller", "key.authorized" and returns the key when all pass. */
export async function resolveJwtKey(options: ResolveJwtKeyOptions): Promise<ResolvedJwtKey> {
  const { kid, issuer, path } = options;
  const checks: VerificationCheck[] = [];
  const done = (key: FoundVerificationMethod | null = null, source: string | null = null) => ({ checks, key, source });
  if (typeof kid !== "string" || !/^did:[a-z0-9]+:[^#]+#.+$/.test(kid)) {
    checks.push({ id: "jwt.kid", passed: false, message: `kid ${JSON.stringify(kid ?? null)} is not a DID URL with a key fragment`, path });
    return done();
  }
  const did = kid.slice(0, kid.indexOf("#"));
  // The key must belong to the issuer: any DID can sign, but only the issuer's signature counts.
  const ownedByIssuer = issuer !== null && did === issuer;
  checks.push({
    id: "key.controller",
    passed: ownedByIssuer,
    message: ownedByIssuer ? `Key ${kid} belongs to the issuer ${issuer}` : `Key ${kid} does not belong to the issuer ${issuer ?? "(none named)"}`,
    path,
  });
  let resolution: Awaited<ReturnType<DidResolver["resolve"]>>;
  try {
    resolution = await options.didResolver.resolve(did);
  } catch (error) {
    if (!isAppError(error) || error.code !== "DID_UNRESOLVABLE") throw error;
    checks.push({ id: "did.resolved", passed: false, message: `The DID ${did} cannot be resolved: ${error.message}`, path });
    return done();
  }
  checks.push({ id: "did.resolved", passed: true, message: `Resolved ${did} (${resolution.source})`, path });
  const relationships = options.kind === "presentation" ? (["assertionMethod", "authentication"] as const) : (["assertionMethod"] as const);
  const found = relationships
    .map((relationship) => findVerificationMethod({ document: resolution.document, id: kid, relationship }))
    .find((candidate) => candidate?.authorized) ??
    findVerificationMethod({ document: resolution.document, id: kid, relationship: "assertionMethod" });
  if (!found || !found.authorized) {
    const reason = found ? `is not listed under ${relationships.join(" or ")}` : "is not in the DID document";
    checks.push({ id: "key.authorized", passed: false, message: `Key ${kid} ${reason}`, path });
    return done();
  }
  if (found.controller !== null && found.controller !== did) {
    checks.push({ id: "key.authorized", passed: false, message: `Key ${kid} is controlled by ${found.controller}, not ${did}`, path });
    return done();
  }
  checks.push({ id: "key.authorized", passed: true, message: `Key ${kid} is an ${relationships.join("/")} key of ${did}`, path });
  return done(found, resolution.source);
}
