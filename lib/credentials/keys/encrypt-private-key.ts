import { AppError } from "@/lib/errors/app-error";

import { toBase64Url } from "./encoding";

export interface EncryptPrivateKeyOptions {
  privateKeyJwk: JsonWebKey;
  /** 32-byte key-encryption secret (from lib/env.ts, never stored beside the keys). */
  secret: Uint8Array;
  /** Binds the ciphertext to its owner (e.g. the verification method id) so rows cannot be swapped. */
  associatedData?: string;
}

/** Sealed private key: "v1.<iv>.<ciphertext+tag>" in base64url, AES-256-GCM. */
export async function encryptPrivateKey(options: EncryptPrivateKeyOptions): Promise<string> {
  if (options.secret.length !== 32) {
    throw new AppError("BAD_REQUEST", { message: "key-encryption secret must be exactly 32 bytes" });
  }
  const key = await crypto.subtle.importKey("raw", options.secret as BufferSource, { name: "AES-GCM" }, false, ["encrypt"]);
  // 96-bit random IV per encryption, as GCM requires a unique nonce per key.
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify(options.privateKeyJwk));
  const ciphertext = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(options.associatedData ?? "") },
    key,
    plaintext,
  );
  return `v1.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(ciphertext))}`;
}
