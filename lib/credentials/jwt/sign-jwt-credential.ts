// Signs a credential or presentation as a VC-JOSE-COSE JWT: the payload is the credential itself.
import { CompactSign, importJWK, type JWK } from "jose";

import type { JsonObject } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

import { isJwtAlgorithm, type JwtAlgorithm } from "./jwt-algorithms";

export interface SignJwtCredentialOptions {
  /** The credential or presentation to sign (not wrapped in a vc/vp claim). */
  payload: JsonObject;
  privateKey: JWK | CryptoKey;
  /** DID URL of the signing key, e.g. "did:web:example.org#key-1". */
  kid: string;
  alg: JwtAlgorithm;
  /** Defaults to vc+jwt, or vp+jwt for a VerifiablePresentation. */
  typ?: string;
  /** Defaults to vc, or vp for a VerifiablePresentation. */
  cty?: string;
  /** Extra claims (e.g. iat, exp, iss) merged into the payload. */
  claims?: JsonObject;
}

/** The compact JWS of the credential; throws INVALID_INPUT for an unaccepted algorithm or a bad kid. */
export async function signJwtCredential(options: SignJwtCredentialOptions): Promise<string> {
  const { alg, kid } = options;
  if (!isJwtAlgorithm(alg)) throw new AppError("INVALID_INPUT", { message: `Algorithm ${String(alg)} is not accepted for credentials` });
  if (typeof kid !== "string" || !/^did:[a-z0-9]+:[^#]+#.+$/.test(kid)) {
    throw new AppError("INVALID_INPUT", { message: "kid must be a DID URL with a key fragment" });
  }
  const types = [options.payload.type].flat();
  const isPresentation = types.includes("VerifiablePresentation");
  const key = "kty" in options.privateKey ? await importJWK(options.privateKey as JWK, alg) : options.privateKey;
  const payload = { ...options.payload, ...options.claims };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({
      alg,
      kid,
      typ: options.typ ?? (isPresentation ? "vp+jwt" : "vc+jwt"),
      cty: options.cty ?? (isPresentation ? "vp" : "vc"),
    })
    .sign(key);
}
