// Multikey (multibase base58btc + multicodec prefix) -> public JWK, for the curves did:key and Multikey
// verification methods use here. EC keys are compressed points; node's ECDH decompresses them.
import { ECDH } from "node:crypto";

import { fromBase58Btc, toBase64Url } from "@/lib/credentials/keys/encoding";

export interface PublicKeyJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
}

export interface ConvertMultikeyToJwkOptions {
  publicKeyMultibase: string;
}

// Multicodec varints (W3C Controlled Identifiers §2.2.2): p256-pub 0x1200 -> [0x80, 0x24],
// p384-pub 0x1201 -> [0x81, 0x24]. Coordinate size in bytes and node's curve name for each.
const EC_CURVES = [
  { prefix: [0x80, 0x24], crv: "P-256", nodeCurve: "prime256v1", size: 32 },
  { prefix: [0x81, 0x24], crv: "P-384", nodeCurve: "secp384r1", size: 48 },
] as const;

/** Public JWK of an Ed25519 (z6Mk…), P-256 (zDn…) or P-384 (z82…) Multikey; throws TypeError for anything else. */
export function convertMultikeyToJwk(options: ConvertMultikeyToJwkOptions): PublicKeyJwk {
  const { publicKeyMultibase } = options;
  if (!publicKeyMultibase.startsWith("z")) throw new TypeError("publicKeyMultibase must be base58btc (z…)");
  const bytes = fromBase58Btc(publicKeyMultibase.slice(1));
  // ed25519-pub 0xed -> [0xed, 0x01].
  if (bytes[0] === 0xed && bytes[1] === 0x01) {
    if (bytes.length !== 34) throw new TypeError("Ed25519 Multikey must carry 32 key bytes");
    return { kty: "OKP", crv: "Ed25519", x: toBase64Url(bytes.slice(2)) };
  }
  const curve = EC_CURVES.find(({ prefix }) => bytes[0] === prefix[0] && bytes[1] === prefix[1]);
  if (!curve) throw new TypeError("Only Ed25519, P-256 and P-384 Multikeys are supported");
  const point = bytes.slice(2);
  if (point.length !== curve.size + 1 || (point[0] !== 0x02 && point[0] !== 0x03)) {
    throw new TypeError(`${curve.crv} Multikey must carry a ${curve.size + 1}-byte compressed point`);
  }
  let uncompressed: Buffer;
  try {
    uncompressed = ECDH.convertKey(Buffer.from(point), curve.nodeCurve, undefined, undefined, "uncompressed") as Buffer;
  } catch (cause) {
    throw new TypeError(`${curve.crv} Multikey is not a point on the curve`, { cause });
  }
  return {
    kty: "EC",
    crv: curve.crv,
    x: toBase64Url(uncompressed.subarray(1, 1 + curve.size)),
    y: toBase64Url(uncompressed.subarray(1 + curve.size, 1 + 2 * curve.size)),
  };
}
