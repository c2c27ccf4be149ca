// JOSE algorithms accepted for credentials. Never "none" and never HS*: a shared secret cannot prove
// who issued a credential, and "none" proves nothing.
import type { PublicKeyJwk } from "@/lib/credentials/did/convert-multikey-to-jwk";

export const JWT_ALGORITHMS = ["ES256", "ES384", "PS256", "RS256", "EdDSA"] as const;

export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export function isJwtAlgorithm(value: unknown): value is JwtAlgorithm {
  return typeof value === "string" && (JWT_ALGORITHMS as readonly string[]).includes(value);
}

/** Why a key cannot verify `alg` (wrong key type or curve), or null when it fits. */
export function describeAlgorithmKeyMismatch(alg: JwtAlgorithm, jwk: PublicKeyJwk): string | null {
  const keyName = `${jwk.kty}${jwk.crv ? `/${jwk.crv}` : ""}`;
  const expected: Record<JwtAlgorithm, (key: PublicKeyJwk) => boolean> = {
    ES256: (key) => key.kty === "EC" && key.crv === "P-256",
    ES384: (key) => key.kty === "EC" && key.crv === "P-384",
    PS256: (key) => key.kty === "RSA",
    RS256: (key) => key.kty === "RSA",
    EdDSA: (key) => key.kty === "OKP" && key.crv === "Ed25519",
  };
  return expected[alg](jwk) ? null : `the ${alg} signature cannot come from a ${keyName} key`;
}
