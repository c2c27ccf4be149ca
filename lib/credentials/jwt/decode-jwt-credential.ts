// Reads a VC-JWT / VP-JWT without verifying it: for display, for the validator, and as the first step
// of verification. Gaia-X Loire puts the credential itself in the payload (VC-JOSE-COSE); the older
// VC-JWT 1.1 form wraps it in a `vc` / `vp` claim, which is still read (and flagged by the verifier).
import { fromBase64Url } from "@/lib/credentials/keys/encoding";
import type { JsonObject } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

export type JwtCredentialKind = "credential" | "presentation";

export interface EnvelopedJwt {
  /** Where the envelope sits in the presentation, e.g. "verifiableCredential[2]". */
  path: string;
  /** "application/vc+jwt", "application/vc+ld+jwt", or "jwt" for a bare VC-JWT 1.1 string. */
  mediaType: string;
  jwt: string;
}

export interface DecodedJwtCredential {
  header: JsonObject;
  /** The JWT claims set as signed. */
  payload: JsonObject;
  /** The credential or presentation: the payload itself, or its `vc` / `vp` claim in the legacy form. */
  credential: JsonObject;
  kind: JwtCredentialKind;
  /** True when the payload used the VC-JWT 1.1 `vc` / `vp` wrapper claim. */
  legacyWrapper: boolean;
  /** Enveloped credentials of a presentation, in document order. */
  envelopes: EnvelopedJwt[];
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const ENVELOPE = /^data:(application\/v[cp]\+(?:ld\+)?jwt),(.+)$/s;

function decodePart(part: string, name: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(part)));
  } catch (cause) {
    throw new AppError("INVALID_INPUT", { message: `The JWT ${name} is not base64url-encoded JSON`, cause });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new AppError("INVALID_INPUT", { message: `The JWT ${name} is not a JSON object` });
  }
  return value as JsonObject;
}

function typesOf(value: JsonObject): string[] {
  const type = value.type;
  return (Array.isArray(type) ? type : [type]).filter((entry): entry is string => typeof entry === "string");
}

function findEnvelopes(presentation: JsonObject): EnvelopedJwt[] {
  const entries = presentation.verifiableCredential;
  const list = Array.isArray(entries) ? entries : entries === undefined ? [] : [entries];
  const envelopes: EnvelopedJwt[] = [];
  list.forEach((entry, index) => {
    const path = `verifiableCredential[${index}]`;
    if (typeof entry === "string" && COMPACT_JWS.test(entry)) {
      envelopes.push({ path, mediaType: "jwt", jwt: entry });
      return;
    }
    if (!entry || typeof entry !== "object") return;
    const { id, type } = entry as JsonObject;
    const isEnvelope = (Array.isArray(type) ? type : [type]).includes("EnvelopedVerifiableCredential");
    const match = typeof id === "string" ? ENVELOPE.exec(id) : null;
    if (isEnvelope && match?.[1] && match[2]) envelopes.push({ path, mediaType: match[1], jwt: match[2] });
  });
  return envelopes;
}

/** Header, payload and credential of a compact JWS credential; throws INVALID_INPUT when it cannot be read. */
export function decodeJwtCredential(jwt: string): DecodedJwtCredential {
  if (typeof jwt !== "string" || !COMPACT_JWS.test(jwt.trim())) {
    throw new AppError("INVALID_INPUT", { message: "Not a compact JWS (three base64url parts separated by dots)" });
  }
  const [headerPart = "", payloadPart = ""] = jwt.trim().split(".");
  const header = decodePart(headerPart, "header");
  const payload = decodePart(payloadPart, "payload");
  const wrapped = [payload.vp, payload.vc].find((claim) => claim && typeof claim === "object" && !Array.isArray(claim));
  const credential = (wrapped as JsonObject | undefined) ?? payload;
  const kind: JwtCredentialKind =
    typesOf(credential).includes("VerifiablePresentation") || (!!payload.vp && credential === payload.vp) ? "presentation" : "credential";
  return {
    header,
    payload,
    credential,
    kind,
    legacyWrapper: credential !== payload,
    envelopes: kind === "presentation" ? findEnvelopes(credential) : [],
  };
}
