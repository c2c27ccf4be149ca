import { AppError } from "@/lib/errors/app-error";

import { fromBase64Url } from "./encoding";

export interface DecryptPrivateKeyOptions {
  sealed: string;
  secret: Uint8Array;
  associatedData?: string;
}

/** Opens a key sealed by encryptPrivateKey; a wrong secret, owner or tampered text is refused. */
export async function decryptPrivateKey(options: DecryptPrivateKeyOptions): Promise<JsonWebKey> {
  if (options.secret.length !== 32) {
    throw new AppError("BAD_REQUEST", { message: "key-encryption secret must be exactly 32 bytes" });
  }
  const [version, ivText, ciphertextText] = options.sealed.split(".");
  if (version !== "v1" || !ivText || !ciphertextText) {
    throw new AppError("BAD_REQUEST", { message: "sealed private key has an unknown format" });
  }
  const key = await crypto.subtle.importKey("raw", options.secret as BufferSource, { name: "AES-GCM" }, false, ["decrypt"]);
  try {
    const plaintext = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: fromBase64Url(ivText) as BufferSource,
        additionalData: new TextEncoder().encode(options.associatedData ?? ""),
      },
      key,
      fromBase64Url(ciphertextText) as BufferSource,
    );
    return JSON.parse(new TextDecoder().decode(plaintext)) as JsonWebKey;
  } catch (error) {
    throw new AppError("INTERNAL", { message: "private key cannot be decrypted with this secret", cause: error });
  }
}
