import { fromBase64Url } from "@/lib/credentials/keys/encoding";

import { isJws2020Algorithm, type Jws2020Algorithm } from "./jws-algorithms";

export type ParsedDetachedJws = { ok: true; protectedHeader: string; signature: string; alg: Jws2020Algorithm } | { ok: false; message: string };

/**
 * Structural checks of a JsonWebSignature2020 `jws` that need no key: done before DID resolution so a
 * broken proof is refused for what it is, not for an unreachable issuer.
 */
export function parseDetachedJws(jws: unknown): ParsedDetachedJws {
  if (typeof jws !== "string") return { ok: false, message: "proof has no jws" };
  const parts = jws.split(".");
  const [protectedHeader, detachedPayload, signature] = parts;
  if (parts.length !== 3 || !protectedHeader || detachedPayload !== "" || !signature) {
    return { ok: false, message: "jws is not a detached JWS (header..signature)" };
  }
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(new TextDecoder().decode(fromBase64Url(protectedHeader))) as Record<string, unknown>;
    fromBase64Url(signature);
  } catch {
    return { ok: false, message: "jws header or signature cannot be decoded" };
  }
  if (!header || typeof header !== "object") return { ok: false, message: "jws header is not a JSON object" };
  const alg = header.alg;
  if (!isJws2020Algorithm(alg)) {
    return { ok: false, message: `jws alg ${JSON.stringify(alg)} is not an accepted JOSE algorithm (PS256, RS256, ES256, EdDSA)` };
  }
  // Only the detached, unencoded form (RFC 7797) is specified for JsonWebSignature2020.
  if (header.b64 !== false || !Array.isArray(header.crit) || !header.crit.includes("b64")) {
    return { ok: false, message: 'jws must use b64:false with crit ["b64"]' };
  }
  return { ok: true, protectedHeader, signature, alg };
}
