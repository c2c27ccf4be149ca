import { jwkToPublicKeyMultibase, type PublicJwk } from "./multikey";

export type KeyAlgorithm = "Ed25519" | "P-256";

export interface GenerateKeyPairOptions {
  algorithm: KeyAlgorithm;
  /** DID of the controller; the verification method id becomes `${controller}#${fragment}`. */
  controller?: string;
  /** Defaults to the multibase public key, so ids are stable and self-describing. */
  fragment?: string;
}

export interface GeneratedKeyPair {
  algorithm: KeyAlgorithm;
  publicKeyJwk: PublicJwk;
  /** Private JWK: encrypt it (encryptPrivateKey) before it touches storage. */
  privateKeyJwk: JsonWebKey;
  publicKeyMultibase: string;
  verificationMethodId?: string;
}

/** Fresh key pair from WebCrypto (Node 20 and current browsers both implement Ed25519 and P-256). */
export async function generateKeyPair(options: GenerateKeyPairOptions): Promise<GeneratedKeyPair> {
  const parameters = options.algorithm === "Ed25519" ? { name: "Ed25519" } : { name: "ECDSA", namedCurve: "P-256" };
  const pair = (await crypto.subtle.generateKey(parameters, true, ["sign", "verify"])) as CryptoKeyPair;
  const exportedPublic = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const privateKeyJwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  const publicKeyJwk: PublicJwk =
    options.algorithm === "Ed25519"
      ? { kty: "OKP", crv: "Ed25519", x: exportedPublic.x }
      : { kty: "EC", crv: "P-256", x: exportedPublic.x, y: exportedPublic.y };
  const publicKeyMultibase = jwkToPublicKeyMultibase(publicKeyJwk);
  const verificationMethodId = options.controller ? `${options.controller}#${options.fragment ?? publicKeyMultibase}` : undefined;
  return { algorithm: options.algorithm, publicKeyJwk, privateKeyJwk, publicKeyMultibase, verificationMethodId };
}
