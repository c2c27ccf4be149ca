import { AppError } from "@/lib/errors/app-error";

export interface CreateWebCryptoSignerOptions {
  /** Ed25519 (OKP) or P-256 (EC) private JWK. */
  privateKeyJwk: JsonWebKey;
  /** Verification method id written into proofs. */
  verificationMethodId: string;
}

/** Signer interface of @digitalbazaar suites ({ id, algorithm, sign({ data }) }). */
export interface ProofSigner {
  id: string;
  algorithm: "Ed25519" | "P-256";
  sign(options: { data: Uint8Array }): Promise<Uint8Array>;
}

/** A signer over WebCrypto only, so signing can later move into the browser unchanged. */
export async function createWebCryptoSigner(options: CreateWebCryptoSignerOptions): Promise<ProofSigner> {
  const { privateKeyJwk } = options;
  if (!privateKeyJwk.d) throw new AppError("BAD_REQUEST", { message: "privateKeyJwk has no private part (d)" });
  if (privateKeyJwk.kty === "OKP" && privateKeyJwk.crv === "Ed25519") {
    const key = await crypto.subtle.importKey("jwk", privateKeyJwk, { name: "Ed25519" }, false, ["sign"]);
    return {
      id: options.verificationMethodId,
      algorithm: "Ed25519",
      sign: async ({ data }) => new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key, data as BufferSource)),
    };
  }
  if (privateKeyJwk.kty === "EC" && privateKeyJwk.crv === "P-256") {
    const key = await crypto.subtle.importKey("jwk", privateKeyJwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]);
    return {
      id: options.verificationMethodId,
      algorithm: "P-256",
      sign: async ({ data }) => new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, data as BufferSource)),
    };
  }
  throw new AppError("BAD_REQUEST", { message: `unsupported private key ${privateKeyJwk.kty}/${privateKeyJwk.crv ?? "-"}` });
}
