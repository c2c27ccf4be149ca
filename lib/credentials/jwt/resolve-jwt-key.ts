// Finds the key a JWT names in `kid`: a DID URL of the issuer, resolved through the injected resolver,
// listed for the proof purpose, controlled by the issuer. A bare did:key or did:jwk names its one key.
import { findVerificationMethod, type FoundVerificationMethod } from "@/lib/credentials/did/find-verification-method";
import type { DidDocument, DidResolver, VerificationCheck } from "@/lib/credentials/types";
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

// DID methods whose document holds exactly one key, so the DID alone names it (did:key, did:jwk).
const SINGLE_KEY_METHODS = /^did:(key|jwk):[^#]+$/;

/** Checks "jwt.kid", "did.resolved", "key.controller", "key.authorized" and returns the key when all pass. */
export async function resolveJwtKey(options: ResolveJwtKeyOptions): Promise<ResolvedJwtKey> {
  const { issuer, path } = options;
  const checks: VerificationCheck[] = [];
  const done = (key: FoundVerificationMethod | null = null, source: string | null = null) => ({ checks, key, source });
  const bare = typeof options.kid === "string" && SINGLE_KEY_METHODS.test(options.kid);
  if (!bare && (typeof options.kid !== "string" || !/^did:[a-z0-9]+:[^#]+#.+$/.test(options.kid))) {
    checks.push({
      id: "jwt.kid",
      passed: false,
      path,
      message: `kid ${JSON.stringify(options.kid ?? null)} is not a DID URL with a key fragment (nor a did:key or did:jwk, which have one key)`,
    });
    return done();
  }
  const named = options.kid as string;
  const did = bare ? named : named.slice(0, named.indexOf("#"));
  // The key must belong to the issuer: any DID can sign, but only the issuer's signature counts.
  const ownedByIssuer = issuer !== null && did === issuer;
  checks.push({
    id: "key.controller",
    passed: ownedByIssuer,
    message: ownedByIssuer ? `Key ${named} belongs to the issuer ${issuer}` : `Key ${named} does not belong to the issuer ${issuer ?? "(none named)"}`,
    path,
  });
  let resolution: Awaited<ReturnType<DidResolver["resolve"]>>;
  try {
    resolution = await options.didResolver.resolve(did);
  } catch (error) {
    // Whatever the resolver threw (unresolvable, timeout, upstream failure, a bug in a custom resolver),
    // the DID came from the input: it is a failed check, never an error that escapes as a 500.
    const reason = isAppError(error) || error instanceof Error ? error.message : String(error);
    checks.push({ id: "did.resolved", passed: false, message: `The DID ${did} cannot be resolved: ${reason}`, path });
    return done();
  }
  checks.push({ id: "did.resolved", passed: true, message: `Resolved ${did} (${resolution.source})`, path });
  const kid = bare ? onlyKeyOf(resolution.document) : named;
  if (kid === null) {
    checks.push({ id: "key.authorized", passed: false, message: `kid ${did} names no key fragment and its DID document does not hold exactly one key`, path });
    return done();
  }
  const relationships = options.kind === "presentation" ? (["assertionMethod", "authentication"] as const) : (["assertionMethod"] as const);
  const found =
    relationships
      .map((relationship) => findVerificationMethod({ document: resolution.document, id: kid, relationship }))
      .find((candidate) => candidate?.authorized) ?? findVerificationMethod({ document: resolution.document, id: kid, relationship: "assertionMethod" });
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

/** The id of the single verification method of a did:key / did:jwk document, or null. */
function onlyKeyOf(document: DidDocument): string | null {
  const methods = ([] as unknown[]).concat(document.verificationMethod ?? []);
  const [only] = methods;
  if (methods.length !== 1 || !only || typeof only !== "object" || typeof (only as { id?: unknown }).id !== "string") return null;
  const id = (only as { id: string }).id;
  return id.startsWith("#") ? `${document.id}${id}` : id;
}
