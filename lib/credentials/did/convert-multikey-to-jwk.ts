// Multikey (multibase base58btc + multicodec prefix) -> public JWK, for the two curves did:key and
// Multikey verification methods use here. P-256 keys are compressed points; node's ECDH decompresses.
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

/** Public JWK of an Ed25519 (z6Mk…) or P-256 (zDn…) Multikey; throws TypeError for anything else. */
export function convertMultikeyToJwk(options: ConvertMultikeyToJwkOptions): PublicKeyJwk {
  const { publicKeyMultibase } = options;
  if (!publicKeyMultibase.startsWith("z")) throw new TypeError("publicKeyMultibase must be base58btc (z…)");
  const bytes = fromBase58Btc(publicKeyMultibase.slice(1));
  // Multicodec varints: ed25519-pub 0xed -> [0xed, 0x01]; p256-pub 0x1200 -> [0x80, 0x24].
  if (bytes[0] === 0xed && bytes[1] === 0x01) {
    if (bytes.length !== 34) throw new TypeError("Ed25519 Multikey must carry 32 key bytes");
    return { kty: "OKP", crv: "Ed25519", x: toBase64Url(bytes.slice(2)) };
  }
  if (bytes[0] === 0x80 && bytes[1] === 0x24) {
    const point = bytes.slice(2);
    if (point.length !== 33 || (point[0] !== 0x02 && point[0] !== 0x03)) {
      throw new TypeError("P-256 Multikey must carry a 33-byte compressed point");
    }
    let uncompressed: Buffer;
    try {
      uncompressed = ECDH.convertKey(Buffer.from(point), "prime256v1", undefined, undefined, "uncompressed") as Buffer;
    } catch (cause) {
      throw new TypeError("P-256 Multikey is not a point on the curve", { cause });
    }
    return {
      kty: "EC",
      crv: "P-256",
      x: toBase64Url(uncompressed.subarray(1, 33)),
      y: toBase64Url(uncompressed.subarray(33, 65)),
    };
  }
  throw new TypeError("Only Ed25519 and P-256 Multikeys are supported");
}
