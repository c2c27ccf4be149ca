// JOSE algorithms accepted for JsonWebSignature2020 and the key each one requires (RFC 7518, RFC 8037).

export const JWS_2020_ALGORITHMS = ["PS256", "RS256", "ES256", "ES384", "EdDSA"] as const;
export type Jws2020Algorithm = (typeof JWS_2020_ALGORITHMS)[number];

export function isJws2020Algorithm(value: unknown): value is Jws2020Algorithm {
  return typeof value === "string" && (JWS_2020_ALGORITHMS as readonly string[]).includes(value);
}

/** Null when the key fits the algorithm, otherwise the reason it does not. */
export function describeKeyMismatch(alg: Jws2020Algorithm, jwk: { kty?: unknown; crv?: unknown }): string | null {
  const expected: Record<Jws2020Algorithm, { kty: string; crv?: string }> = {
    PS256: { kty: "RSA" },
    RS256: { kty: "RSA" },
    ES256: { kty: "EC", crv: "P-256" },
    ES384: { kty: "EC", crv: "P-384" },
    EdDSA: { kty: "OKP", crv: "Ed25519" },
  };
  const want = expected[alg];
  if (jwk.kty !== want.kty || (want.crv !== undefined && jwk.crv !== want.crv)) {
    return `alg ${alg} needs a ${want.kty}${want.crv ? `/${want.crv}` : ""} key, the verification method holds ${String(jwk.kty)}${jwk.crv ? `/${String(jwk.crv)}` : ""}`;
  }
  return null;
}
