// Multikey (W3C Controlled Identifiers) <-> JWK for the curves the portal issues or verifies with.
import { concatBytes, fromBase58Btc, fromBase64Url, toBase58Btc, toBase64Url } from "./encoding";

export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  [member: string]: unknown;
}

// Multicodec varint prefixes: ed25519-pub 0xed, p256-pub 0x1200, p384-pub 0x1201.
const ED25519_PREFIX = Uint8Array.from([0xed, 0x01]);
const EC_PREFIXES: Record<string, Uint8Array> = { "P-256": Uint8Array.from([0x80, 0x24]), "P-384": Uint8Array.from([0x81, 0x24]) };

/** publicKeyMultibase ("z…") for an Ed25519, P-256 or P-384 public JWK. */
export function jwkToPublicKeyMultibase(jwk: PublicJwk): string {
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519" && jwk.x) {
    return `z${toBase58Btc(concatBytes(ED25519_PREFIX, fromBase64Url(jwk.x)))}`;
  }
  const ecPrefix = jwk.kty === "EC" && jwk.crv ? EC_PREFIXES[jwk.crv] : undefined;
  if (ecPrefix && jwk.x && jwk.y) {
    const y = fromBase64Url(jwk.y);
    // SEC1 compressed point: 0x02 for even y, 0x03 for odd y.
    const prefix = Uint8Array.from([((y[y.length - 1] ?? 0) & 1) === 1 ? 0x03 : 0x02]);
    return `z${toBase58Btc(concatBytes(ecPrefix, prefix, fromBase64Url(jwk.x)))}`;
  }
  throw new TypeError(`Multikey encoding supports Ed25519, P-256 and P-384 only, not ${jwk.kty}/${jwk.crv ?? "-"}`);
}

/** Ed25519 publicKeyMultibase -> JWK. P-256 decompression needs curve math, so P-256 keys are published as JWK. */
export function publicKeyMultibaseToJwk(publicKeyMultibase: string): PublicJwk {
  if (!publicKeyMultibase.startsWith("z")) throw new TypeError("publicKeyMultibase must be base58btc (z…)");
  const bytes = fromBase58Btc(publicKeyMultibase.slice(1));
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34) {
    return { kty: "OKP", crv: "Ed25519", x: toBase64Url(bytes.slice(2)) };
  }
  throw new TypeError("Only Ed25519 Multikeys can be turned into a JWK here");
}
