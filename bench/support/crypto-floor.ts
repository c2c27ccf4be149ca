import { createHash, generateKeyPairSync, sign, verify } from "node:crypto";

// The floor under any verify+validate pipeline: what has to happen to a document at the very least is
// hashing its bytes and checking one Ed25519 signature. Keys and signatures are made before timing;
// the public key object is imported once, as a resolver cache would hold it.

export interface CryptoFloor {
  /** SHA-256 of document `index`'s bytes plus one Ed25519 verify of those bytes; true when it verified. */
  check(index: number): boolean;
}

export function createCryptoFloor(texts: string[]): CryptoFloor {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const bytes = texts.map((text) => Buffer.from(text, "utf8"));
  const signatures = bytes.map((message) => sign(null, message, privateKey));
  return {
    check(index) {
      const message = bytes[index] as Buffer;
      createHash("sha256").update(message).digest();
      return verify(null, message, publicKey, signatures[index] as Buffer);
    },
  };
}
