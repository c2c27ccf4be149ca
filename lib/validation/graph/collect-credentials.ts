import { AppError } from "@/lib/errors/app-error";

export type JsonObject = Record<string, unknown>;

export interface CollectedDocuments {
  /** Credentials in input order. */
  credentials: JsonObject[];
  /** Plain JSON-LD without a credential envelope (a DCAT dataset, claim-compliance-provider claims): all of it is data. */
  claims: JsonObject[];
}

const ENVELOPED_PREFIXES = ["data:application/vc+jwt,", "data:application/vc+sd-jwt,", "data:application/vc+ld+json,", "data:application/vc,"];

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function typesOf(node: JsonObject): string[] {
  return asArray(node.type ?? node["@type"]).filter((type): type is string => typeof type === "string");
}

// VC 2.0 presentations may carry credentials as data: URLs (EnvelopedVerifiableCredential). We only read
// the payload for validation; signatures are the credentials module's business.
function openEnvelope(url: string): JsonObject | null {
  const prefix = ENVELOPED_PREFIXES.find((candidate) => url.startsWith(candidate));
  if (!prefix) return null;
  const body = url.slice(prefix.length);
  try {
    if (prefix.includes("jwt")) {
      const payload = body.split("~")[0]?.split(".")[1];
      if (!payload) return null;
      return unwrapJwtClaims(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    }
    return JSON.parse(decodeURIComponent(body)) as JsonObject;
  } catch {
    // An unreadable envelope is reported by the credentials module; here it simply adds no data.
    return null;
  }
}

// VC-JWT 1.1 payloads put the credential under `vc`; VC-JOSE 2.0 payloads are the credential.
function unwrapJwtClaims(payload: unknown): JsonObject | null {
  if (!isObject(payload)) return null;
  if (isObject(payload.vc) && payload.credentialSubject === undefined) return payload.vc;
  return payload;
}

function credentialEntry(entry: unknown, inheritedContext: unknown): JsonObject | null {
  if (typeof entry === "string") return openEnvelope(entry);
  if (!isObject(entry)) return null;
  const id = entry.id ?? entry["@id"];
  if (typesOf(entry).includes("EnvelopedVerifiableCredential") && typeof id === "string") return openEnvelope(id);
  const credential = unwrapJwtClaims(entry) ?? entry;
  // A credential nested in a presentation without its own @context is read with the presentation's.
  if (credential["@context"] === undefined && inheritedContext !== undefined) {
    return { "@context": inheritedContext, ...credential };
  }
  return credential;
}

function fromPresentation(presentation: JsonObject): CollectedDocuments {
  const credentials = asArray(presentation.verifiableCredential)
    .map((entry) => credentialEntry(entry, presentation["@context"]))
    .filter(isObject);
  return { credentials, claims: [] };
}

function fromObject(document: JsonObject): CollectedDocuments {
  // Gaia-X compliance output: the self-description plus the compliance service's attestation, which
  // describes the self-description rather than the participant, so only the former is validated.
  if (isObject(document.selfDescriptionCredential)) return fromObject(document.selfDescriptionCredential);
  // claim-compliance-provider input: bare claims plus the credentials they build on.
  if (Array.isArray(document.claims) || Array.isArray(document.verifiableCredentials)) {
    const inherited = document["@context"];
    const claims = asArray(document.claims)
      .filter(isObject)
      .map((claim) => (claim["@context"] === undefined && inherited !== undefined ? { "@context": inherited, ...claim } : claim));
    const credentials = asArray(document.verifiableCredentials)
      .map((entry) => credentialEntry(entry, inherited))
      .filter(isObject);
    return { credentials, claims };
  }
  const presentation = unwrapJwtClaimsForPresentation(document);
  if (typesOf(presentation).includes("VerifiablePresentation") || presentation.verifiableCredential !== undefined) {
    return fromPresentation(presentation);
  }
  const credential = unwrapJwtClaims(document) ?? document;
  if (credential.credentialSubject === undefined && !typesOf(credential).includes("VerifiableCredential")) {
    return { credentials: [], claims: [credential] };
  }
  return { credentials: [credential], claims: [] };
}

/** Splits a VC, a VP, or an array of decoded JWT payloads into the credentials to validate together. */
export function collectCredentials(options: { document: unknown }): CollectedDocuments {
  const { document } = options;
  if (Array.isArray(document)) {
    // Decoded JWT payloads and VCs are credentials; a bare credentialSubject or plain JSON-LD node
    // (a draft being linted) is a claim, so all of it is data rather than an envelope without a subject.
    const credentials: JsonObject[] = [];
    const claims: JsonObject[] = [];
    for (const entry of document) {
      if (isObject(entry) && isBareClaim(entry)) claims.push(entry);
      else {
        const credential = credentialEntry(entry, undefined);
        if (credential) credentials.push(credential);
      }
    }
    return { credentials, claims };
  }
  if (!isObject(document)) {
    throw new AppError("INVALID_INPUT", { message: "document must be a JSON-LD object or an array of credentials" });
  }
  return fromObject(document);
}

function isBareClaim(entry: JsonObject): boolean {
  if (entry.credentialSubject !== undefined || entry.verifiableCredential !== undefined || isObject(entry.vc) || isObject(entry.vp)) return false;
  const types = typesOf(entry);
  return !types.includes("VerifiableCredential") && !types.includes("EnvelopedVerifiableCredential") && !types.includes("VerifiablePresentation");
}

function unwrapJwtClaimsForPresentation(document: JsonObject): JsonObject {
  return isObject(document.vp) && document.verifiableCredential === undefined ? document.vp : document;
}
